<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Virtuoso Workstation</source>
        <translation>Virtuoso 工作站</translation>
    </message>
    <message>
        <source>The core could not start:
%1</source>
        <translation>核心无法启动：
%1</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::MainWindow</name>
    <message>
        <source>Virtuoso Workstation</source>
        <translation>Virtuoso 工作站</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Virtuoso Workstation</source>
        <translation>关于 Virtuoso 工作站(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>数据源：%1</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>本地</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>● Healthy</source>
        <translation>● 健康</translation>
    </message>
    <message>
        <source>● Core not responding (%1 ms)</source>
        <translation>● 核心无响应（%1 毫秒）</translation>
    </message>
    <message>
        <source>About Virtuoso Workstation</source>
        <translation>关于 Virtuoso 工作站</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Virtuoso Workstation %1&lt;/h3&gt;&lt;p&gt;Bybit v5 market connector, confluence engine and health monitor.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Virtuoso 工作站 %1&lt;/h3&gt;&lt;p&gt;Bybit v5 行情连接器、共振引擎与健康监控。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
