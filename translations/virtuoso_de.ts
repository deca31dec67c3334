<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Virtuoso Workstation</source>
        <translation>Virtuoso Workstation</translation>
    </message>
    <message>
        <source>The core could not start:
%1</source>
        <translation>Der Kern konnte nicht starten:
%1</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::MainWindow</name>
    <message>
        <source>Virtuoso Workstation</source>
        <translation>Virtuoso Workstation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Virtuoso Workstation</source>
        <translation>Ü&amp;ber Virtuoso Workstation</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>● Healthy</source>
        <translation>● Gesund</translation>
    </message>
    <message>
        <source>● Core not responding (%1 ms)</source>
        <translation>● Kern reagiert nicht (%1 ms)</translation>
    </message>
    <message>
        <source>About Virtuoso Workstation</source>
        <translation>Über Virtuoso Workstation</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Virtuoso Workstation %1&lt;/h3&gt;&lt;p&gt;Bybit v5 market connector, confluence engine and health monitor.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Virtuoso Workstation %1&lt;/h3&gt;&lt;p&gt;Bybit-v5-Marktanbindung, Konfluenz-Engine und Zustandsüberwachung.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
