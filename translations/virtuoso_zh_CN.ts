<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertsView</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the host is gone</source>
        <translation>主机已不存在</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>token file %1: %2</source>
        <translation>令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>cannot read it (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>readable by others (mode %1); run: chmod 600 %2</source>
        <translation>其他用户可读（权限 %1）；请运行：chmod 600 %2</translation>
    </message>
    <message>
        <source>the token must be at least 16 characters</source>
        <translation>令牌至少需要 16 个字符</translation>
    </message>
    <message>
        <source>the token must be printable ASCII without spaces</source>
        <translation>令牌必须是不含空格的可打印 ASCII 字符</translation>
    </message>
    <message>
        <source>certificate file %1: %2</source>
        <translation>证书文件 %1：%2</translation>
    </message>
    <message>
        <source>certificate file %1: no PEM certificate in it</source>
        <translation>证书文件 %1：其中没有 PEM 证书</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>d MMM</source>
        <extracomment>A date without the year on a chart axis or caption (QDate format: d day, MMM month name).</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A tick on a time axis where the day changes: %1 the date, %2 the time.</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>subscribing</source>
        <translation>订阅中</translation>
    </message>
    <message>
        <source>live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>陈旧</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>backoff</source>
        <translation>退避（等待重连）</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>shutdown</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>symbol set changed</source>
        <translation>交易对集合已更改</translation>
    </message>
    <message>
        <source>retry %1 after %2 ms</source>
        <translation>%2 毫秒后第 %1 次重试</translation>
    </message>
    <message>
        <source>%1; retry %2 in %3 ms</source>
        <translation>%1；%3 毫秒后第 %2 次重试</translation>
    </message>
    <message>
        <source>connect timeout after %1 ms</source>
        <translation>连接 %1 毫秒后超时</translation>
    </message>
    <message>
        <source>no WebSocket handshake with %1</source>
        <translation>未能与 %1 完成 WebSocket 握手</translation>
    </message>
    <message>
        <source>no pong within %1 ms</source>
        <translation>%1 毫秒内未收到 pong</translation>
    </message>
    <message>
        <source>no pong to ping %1</source>
        <translation>ping %1 未收到 pong</translation>
    </message>
    <message>
        <source>no answer to subscribe %1</source>
        <translation>订阅 %1 无应答</translation>
    </message>
    <message>
        <source>subscribe not acknowledged within %1 ms</source>
        <translation>订阅未在 %1 毫秒内确认</translation>
    </message>
    <message>
        <source>no data on any of %1 topics for %2 ms (%3 is stale after %4 ms)</source>
        <translation>%1 个主题均已 %2 毫秒无数据（%3 在 %4 毫秒后视为过期）</translation>
    </message>
    <message>
        <source>no data on any topic for %1 ms</source>
        <translation>所有主题已 %1 毫秒无数据</translation>
    </message>
    <message>
        <source>no data for %1 ms (expected every %2 ms)</source>
        <translation>已 %1 毫秒无数据（预期每 %2 毫秒一次）</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>已 %1 秒无数据</translation>
    </message>
    <message>
        <source>no data on %1</source>
        <translation>%1 无数据</translation>
    </message>
    <message>
        <source>stale stream</source>
        <translation>数据流过期</translation>
    </message>
    <message>
        <source>data resumed</source>
        <translation>数据已恢复</translation>
    </message>
    <message>
        <source>data resumed on %1</source>
        <translation>%1 数据已恢复</translation>
    </message>
    <message>
        <source>connected; subscribing %1 topics</source>
        <translation>已连接；正在订阅 %1 个主题</translation>
    </message>
    <message>
        <source>connect to %1 failed: %2</source>
        <translation>连接 %1 失败：%2</translation>
    </message>
    <message>
        <source>connect failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>连接断开：%1</translation>
    </message>
    <message>
        <source>hand-over queue full</source>
        <translation>交接队列已满</translation>
    </message>
    <message>
        <source>subscription refused</source>
        <translation>订阅被拒绝</translation>
    </message>
    <message>
        <source>subscription rejected by the exchange: %1</source>
        <translation>交易所拒绝订阅：%1</translation>
    </message>
    <message>
        <source>subscribed %1 topics, %2 rejected</source>
        <translation>已订阅 %1 个主题，%2 个被拒绝</translation>
    </message>
    <message>
        <source>subscribed %1 topics</source>
        <translation>已订阅 %1 个主题</translation>
    </message>
    <message>
        <source>resubscribing for a fresh snapshot: %1</source>
        <translation>重新订阅以获取新快照：%1</translation>
    </message>
    <message>
        <source>update id gap</source>
        <translation>更新 ID 缺口</translation>
    </message>
    <message>
        <source>crossed book</source>
        <translation>订单簿交叉</translation>
    </message>
    <message>
        <source>undecodable book message</source>
        <translation>无法解码的订单簿消息</translation>
    </message>
    <message>
        <source>no response within %1 ms</source>
        <translation>%1 毫秒内无响应</translation>
    </message>
    <message>
        <source>repeated connection failures</source>
        <translation>连接反复失败</translation>
    </message>
    <message>
        <source>%1 message(s) took longer than %2 ms from socket to market state</source>
        <translation>%1 条消息从套接字到市场状态耗时超过 %2 毫秒</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>fetching instruments</source>
        <translation>正在获取合约列表</translation>
    </message>
    <message>
        <source>instruments unavailable (%1); retry in %2 ms</source>
        <translation>合约列表不可用（%1）；%2 毫秒后重试</translation>
    </message>
    <message>
        <source>streaming on 1 connection</source>
        <translation>通过 1 个连接接收数据流</translation>
    </message>
    <message>
        <source>streaming on %1 connections</source>
        <translation>通过 %1 个连接接收数据流</translation>
    </message>
    <message>
        <source>history %1/%2, %3 failed (done)</source>
        <translation>历史数据 %1/%2，%3 个失败（已完成）</translation>
    </message>
    <message>
        <source>history %1/%2, %3 failed</source>
        <translation>历史数据 %1/%2，%3 个失败</translation>
    </message>
    <message>
        <source>history %1/%2 (done)</source>
        <translation>历史数据 %1/%2（已完成）</translation>
    </message>
    <message>
        <source>history %1/%2</source>
        <translation>历史数据 %1/%2</translation>
    </message>
    <message>
        <source>embedded simulator</source>
        <translation>内置模拟器</translation>
    </message>
    <message>
        <source>Bybit: %1</source>
        <translation>Bybit：%1</translation>
    </message>
    <message>
        <source>no trades received</source>
        <translation>未收到成交</translation>
    </message>
    <message>
        <source>no order book received</source>
        <translation>未收到订单簿</translation>
    </message>
    <message>
        <source>no funding rate received</source>
        <translation>未收到资金费率</translation>
    </message>
    <message>
        <source>no liquidations received</source>
        <translation>未收到强平数据</translation>
    </message>
    <message>
        <source>no open-interest data received</source>
        <translation>未收到持仓量数据</translation>
    </message>
    <message>
        <source>no long/short ratio received</source>
        <translation>未收到多空比</translation>
    </message>
    <message>
        <source>the order book has an empty side or awaits a resync</source>
        <translation>订单簿有一侧为空或正在等待重新同步</translation>
    </message>
    <message>
        <source>warming up %1/%2</source>
        <translation>预热中 %1/%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Order flow</source>
        <translation>订单流</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>订单簿</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>Price structure</source>
        <translation>价格结构</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>技术指标</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>市场情绪</translation>
    </message>
    <message>
        <source>Absorption</source>
        <translation>吸收</translation>
    </message>
    <message>
        <source>A/D line</source>
        <translation>A/D 线</translation>
    </message>
    <message>
        <source>ADX</source>
        <translation>ADX</translation>
    </message>
    <message>
        <source>ATR</source>
        <translation>ATR</translation>
    </message>
    <message>
        <source>Awesome oscillator</source>
        <translation>动量震荡指标（AO）</translation>
    </message>
    <message>
        <source>CCI</source>
        <translation>CCI</translation>
    </message>
    <message>
        <source>CMF</source>
        <translation>CMF</translation>
    </message>
    <message>
        <source>CVD</source>
        <translation>CVD</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Fair value gaps</source>
        <translation>公允价值缺口</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>资金费率</translation>
    </message>
    <message>
        <source>Imbalance</source>
        <translation>失衡</translation>
    </message>
    <message>
        <source>Large trades</source>
        <translation>大额成交</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>强平</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>流动性</translation>
    </message>
    <message>
        <source>Long/short ratio</source>
        <translation>多空比</translation>
    </message>
    <message>
        <source>MACD</source>
        <translation>MACD</translation>
    </message>
    <message>
        <source>OBV</source>
        <translation>OBV</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>持仓量</translation>
    </message>
    <message>
        <source>Order imbalance ratio</source>
        <translation>订单失衡比</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>买卖压力</translation>
    </message>
    <message>
        <source>Range position</source>
        <translation>区间位置</translation>
    </message>
    <message>
        <source>Relative volume</source>
        <translation>相对成交量</translation>
    </message>
    <message>
        <source>RSI</source>
        <translation>RSI</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <source>Structure breaks</source>
        <translation>结构突破</translation>
    </message>
    <message>
        <source>Support/resistance</source>
        <translation>支撑/阻力</translation>
    </message>
    <message>
        <source>Trade flow imbalance</source>
        <translation>成交流失衡</translation>
    </message>
    <message>
        <source>Trend position</source>
        <translation>趋势位置</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>波动率</translation>
    </message>
    <message>
        <source>Volume delta</source>
        <translation>成交量差</translation>
    </message>
    <message>
        <source>Volume profile</source>
        <translation>成交量分布</translation>
    </message>
    <message>
        <source>VWAP</source>
        <translation>VWAP</translation>
    </message>
    <message>
        <source>Williams %R</source>
        <translation>威廉指标 %R</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1 (connection slot in %2 ms)</source>
        <translation>%1（%2 毫秒后有连接名额）</translation>
    </message>
    <message>
        <source>absorbed buys</source>
        <translation>被吸收的买单</translation>
    </message>
    <message>
        <source>absorbed sells</source>
        <translation>被吸收的卖单</translation>
    </message>
    <message>
        <source>ask quantity</source>
        <translation>卖单数量</translation>
    </message>
    <message>
        <source>ATR %</source>
        <translation>ATR %</translation>
    </message>
    <message>
        <source>band</source>
        <translation>区间带</translation>
    </message>
    <message>
        <source>bars since</source>
        <translation>距今K线数</translation>
    </message>
    <message>
        <source>baseline ATR %</source>
        <translation>基准 ATR %</translation>
    </message>
    <message>
        <source>bearish gaps</source>
        <translation>看跌缺口</translation>
    </message>
    <message>
        <source>bid quantity</source>
        <translation>买单数量</translation>
    </message>
    <message>
        <source>body</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>bullish gaps</source>
        <translation>看涨缺口</translation>
    </message>
    <message>
        <source>buy trades</source>
        <translation>买入成交</translation>
    </message>
    <message>
        <source>buy volume</source>
        <translation>买入量</translation>
    </message>
    <message>
        <source>close</source>
        <translation>收盘</translation>
    </message>
    <message>
        <source>count 1m</source>
        <translation>1分钟计数</translation>
    </message>
    <message>
        <source>count 5m</source>
        <translation>5分钟计数</translation>
    </message>
    <message>
        <source>CVD slope</source>
        <translation>CVD 斜率</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>funding rate</source>
        <translation>资金费率</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>柱状图</translation>
    </message>
    <message>
        <source>large buy volume</source>
        <translation>大额买入量</translation>
    </message>
    <message>
        <source>large sell volume</source>
        <translation>大额卖出量</translation>
    </message>
    <message>
        <source>long notional</source>
        <translation>多头名义价值</translation>
    </message>
    <message>
        <source>long/short ratio</source>
        <translation>多空比</translation>
    </message>
    <message>
        <source>microprice</source>
        <translation>微观价格</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>中间价</translation>
    </message>
    <message>
        <source>move</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>net volume</source>
        <translation>净成交量</translation>
    </message>
    <message>
        <source>OI change</source>
        <translation>持仓量变化</translation>
    </message>
    <message>
        <source>period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>POC</source>
        <translation>POC</translation>
    </message>
    <message>
        <source>price change</source>
        <translation>价格变化</translation>
    </message>
    <message>
        <source>prior high</source>
        <translation>前高</translation>
    </message>
    <message>
        <source>prior low</source>
        <translation>前低</translation>
    </message>
    <message>
        <source>range high</source>
        <translation>区间高点</translation>
    </message>
    <message>
        <source>range low</source>
        <translation>区间低点</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>阻力</translation>
    </message>
    <message>
        <source>resistance touches</source>
        <translation>阻力触及次数</translation>
    </message>
    <message>
        <source>sell trades</source>
        <translation>卖出成交</translation>
    </message>
    <message>
        <source>sell volume</source>
        <translation>卖出量</translation>
    </message>
    <message>
        <source>share of volume</source>
        <translation>成交量占比</translation>
    </message>
    <message>
        <source>short notional</source>
        <translation>空头名义价值</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>信号线</translation>
    </message>
    <message>
        <source>spread (bp)</source>
        <translation>价差（基点）</translation>
    </message>
    <message>
        <source>support</source>
        <translation>支撑</translation>
    </message>
    <message>
        <source>support touches</source>
        <translation>支撑触及次数</translation>
    </message>
    <message>
        <source>swept high</source>
        <translation>被扫前高</translation>
    </message>
    <message>
        <source>swept low</source>
        <translation>被扫前低</translation>
    </message>
    <message>
        <source>traded</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>value area high</source>
        <translation>价值区上沿</translation>
    </message>
    <message>
        <source>value area low</source>
        <translation>价值区下沿</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>volume per bar</source>
        <translation>每根K线成交量</translation>
    </message>
    <message>
        <source>weighted ask</source>
        <translation>加权卖价</translation>
    </message>
    <message>
        <source>weighted bid</source>
        <translation>加权买价</translation>
    </message>
    <message>
        <source>reduce-only buy of %1 lots would not reduce the position of %2 lots</source>
        <translation>只减仓买入 %1 手不会减少 %2 手的持仓</translation>
    </message>
    <message>
        <source>reduce-only sell of %1 lots would not reduce the position of %2 lots</source>
        <translation>只减仓卖出 %1 手不会减少 %2 手的持仓</translation>
    </message>
    <message>
        <source>the kill switch is engaged: only reduce-only orders until it is reset</source>
        <translation>紧急停止已启用：重置前仅允许只减仓订单</translation>
    </message>
    <message>
        <source>today&apos;s loss %1 has reached the daily limit %2</source>
        <translation>今日亏损 %1 已达到每日上限 %2</translation>
    </message>
    <message>
        <source>no mark price for %1 yet: the limits cannot be checked</source>
        <translation>%1 尚无标记价格：无法检查限额</translation>
    </message>
    <message>
        <source>order notional %1 exceeds the limit %2</source>
        <translation>订单名义价值 %1 超过上限 %2</translation>
    </message>
    <message>
        <source>limit price %1 is %2 % from the mark %3; the band is %4 %</source>
        <translation>限价 %1 偏离标记价格 %3 达 %2 %；允许范围为 %4 %</translation>
    </message>
    <message>
        <source>total position after the order %1 exceeds the limit %2</source>
        <translation>下单后总持仓 %1 超过上限 %2</translation>
    </message>
    <message>
        <source>%1 position after the order %2 exceeds the limit %3</source>
        <translation>下单后 %1 持仓 %2 超过上限 %3</translation>
    </message>
    <message>
        <source>%1 orders are open; the limit is %2</source>
        <translation>已有 %1 个挂单；上限为 %2</translation>
    </message>
    <message>
        <source>%1 orders in the last second; the limit is %2</source>
        <translation>最近一秒内 %1 个订单；上限为 %2</translation>
    </message>
    <message>
        <source>no answer to subscribe %1 (%2 topics, first %3)</source>
        <translation>订阅 %1 无应答（%2 个主题，首个为 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 signal is long</source>
        <translation>%1 信号转为做多</translation>
    </message>
    <message>
        <source>%1 signal is short</source>
        <translation>%1 信号转为做空</translation>
    </message>
    <message>
        <source>%1 left the long zone</source>
        <translation>%1 离开做多区</translation>
    </message>
    <message>
        <source>%1 left the short zone</source>
        <translation>%1 离开做空区</translation>
    </message>
    <message>
        <source>%1 large buy: %2 USDT</source>
        <translation>%1 大额买入：%2 USDT</translation>
    </message>
    <message>
        <source>%1 large sell: %2 USDT</source>
        <translation>%1 大额卖出：%2 USDT</translation>
    </message>
    <message>
        <source>%1 long liquidation: %2 USDT</source>
        <translation>%1 多头强平：%2 USDT</translation>
    </message>
    <message>
        <source>%1 short liquidation: %2 USDT</source>
        <translation>%1 空头强平：%2 USDT</translation>
    </message>
    <message>
        <source>Liquidations: %1 USDT in %2 min across symbols</source>
        <translation>全部品种强平：%2 分钟内共 %1 USDT</translation>
    </message>
    <message>
        <source>%1 liquidations: %2 USDT in %3 min</source>
        <translation>%1 强平：%3 分钟内共 %2 USDT</translation>
    </message>
    <message>
        <source>%1 crossed %2 upward</source>
        <translation>%1 向上突破 %2</translation>
    </message>
    <message>
        <source>%1 crossed %2 downward</source>
        <translation>%1 向下跌破 %2</translation>
    </message>
    <message>
        <source>%1 stale or reconnecting for %2 s</source>
        <translation>%1 过期或重连已持续 %2 秒</translation>
    </message>
    <message>
        <source>%1 is live again</source>
        <translation>%1 已恢复实时</translation>
    </message>
    <message>
        <source>%1 timeouts within %2 s</source>
        <translation>%2 秒内超时 %1 次</translation>
    </message>
    <message>
        <source>%1 handler latency %2 ms (limit %3 ms)</source>
        <translation>%1 处理延迟 %2 毫秒（上限 %3 毫秒）</translation>
    </message>
    <message>
        <source>%1 handler latency back to %2 ms</source>
        <translation>%1 处理延迟回落至 %2 毫秒</translation>
    </message>
    <message>
        <source>Memory %1 MB (limit %2 MB)</source>
        <translation>内存 %1 MB（上限 %2 MB）</translation>
    </message>
    <message>
        <source>Memory back to %1 MB</source>
        <translation>内存回落至 %1 MB</translation>
    </message>
    <message>
        <source>Daily loss at %1 % of its limit</source>
        <translation>当日亏损已达上限的 %1 %</translation>
    </message>
    <message>
        <source>Daily loss back to %1 % of its limit</source>
        <translation>当日亏损回落至上限的 %1 %</translation>
    </message>
    <message>
        <source>Test alert: %1 reaches this channel</source>
        <translation>测试警报：%1 可送达此渠道</translation>
    </message>
    <message>
        <source>The exchange banned this IP: REST paused for %1 s</source>
        <translation>交易所封禁了此 IP：REST 暂停 %1 秒</translation>
    </message>
    <message>
        <source>Order rejected: %1 %2 %3 — %4</source>
        <translation>订单被拒：%1 %2 %3 —— %4</translation>
    </message>
    <message>
        <source>Filled: %1 %2 %3 at %4</source>
        <translation>已成交：%1 %2 %3，价格 %4</translation>
    </message>
    <message>
        <source>Kill switch engaged: %1</source>
        <translation>紧急停止已启用：%1</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>风控：%1</translation>
    </message>
    <message>
        <source>%1 connections timed out together at %2 UTC — likely network (%3)</source>
        <translation>%1 个连接于 UTC %2 同时超时 —— 可能是网络问题（%3）</translation>
    </message>
    <message>
        <source>the connectivity probe failed at %1 UTC (%2 events)</source>
        <translation>连通性探测于 UTC %1 失败（%2 个事件）</translation>
    </message>
    <message>
        <source>isolated failure of %1 at %2 UTC</source>
        <translation>%1 于 UTC %2 单独故障</translation>
    </message>
    <message>
        <source>%1 failures of %2 alone from %3 UTC</source>
        <translation>自 UTC %3 起 %2 单独故障 %1 次</translation>
    </message>
    <message>
        <source>and %1 more like this in %2 min</source>
        <translation>另有 %2 分钟内的 %1 条同类警报</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>likely network</source>
        <translation>可能是网络问题</translation>
    </message>
    <message>
        <source>failed probe</source>
        <translation>探测失败</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>单独故障</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 channel &apos;%2&apos;</source>
        <translation>%1 渠道“%2”</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>%1 毫秒内无应答</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>被服务器关闭</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>找不到主机</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>网络错误 %1</translation>
    </message>
    <message>
        <source>there is no channel &apos;%1&apos;</source>
        <translation>没有渠道“%1”</translation>
    </message>
    <message>
        <source>channel &apos;%1&apos; is disabled (enabled = false)</source>
        <translation>渠道“%1”已禁用（enabled = false）</translation>
    </message>
    <message>
        <source>daily loss limit: %1 against the limit %2</source>
        <translation>每日亏损上限：亏损 %1，上限 %2</translation>
    </message>
    <message>
        <source>the private stream has been down for %1 s (%2)</source>
        <translation>私有数据流已中断 %1 秒（%2）</translation>
    </message>
    <message>
        <source>operator (workstation)</source>
        <translation>操作员（工作站）</translation>
    </message>
    <message>
        <source>operator (workstation screenshots)</source>
        <translation>操作员（工作站截图）</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>认证中</translation>
    </message>
    <message>
        <source>retry in %1 ms</source>
        <translation>%1 毫秒后重试</translation>
    </message>
    <message>
        <source>no answer to auth within %1 ms</source>
        <translation>认证请求 %1 毫秒内无应答</translation>
    </message>
    <message>
        <source>no answer to subscribe within %1 ms</source>
        <translation>订阅请求 %1 毫秒内无应答</translation>
    </message>
    <message>
        <source>subscription refused: %1</source>
        <translation>订阅被拒绝：%1</translation>
    </message>
    <message>
        <source>subscribed %1</source>
        <translation>已订阅 %1</translation>
    </message>
    <message>
        <source>authentication refused by the exchange: %1 (check the API key, its secret and its permissions)</source>
        <translation>交易所拒绝认证：%1（请检查 API Key、Secret 及其权限）</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Long at</source>
        <translation>做多阈值</translation>
    </message>
    <message>
        <source>Short at</source>
        <translation>做空阈值</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>名义价值</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>价格位</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Down for</source>
        <translation>中断时长</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>常驻内存</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Paused for</source>
        <translation>暂停时长</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件数</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成订单</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1：%2（%3 毫秒）</translation>
    </message>
    <message>
        <source>HTTP 403 (IP ban): REST paused</source>
        <translation>HTTP 403（IP 封禁）：REST 已暂停</translation>
    </message>
    <message>
        <source>IP banned by the exchange (HTTP 403); REST paused for %1 s</source>
        <translation>IP 被交易所封禁（HTTP 403）；REST 暂停 %1 秒</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 返回 %1</translation>
    </message>
    <message>
        <source>no reply from %1 within %2 ms</source>
        <translation>%1 在 %2 毫秒内无响应</translation>
    </message>
    <message>
        <source>%1 to %2 failed: %3</source>
        <translation>%1 连接 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests</source>
        <translation>%1：%3 个请求中成功 %2 个</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3: %4</source>
        <translation>%1：%2 → %3：%4</translation>
    </message>
    <message>
        <source>private stream: %1 -&gt; %2: %3</source>
        <translation>私有数据流：%1 → %2：%3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接中</translation>
    </message>
    <message>
        <source>subscribing</source>
        <translation>订阅中</translation>
    </message>
    <message>
        <source>backoff</source>
        <translation>退避（等待重连）</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>%1: %2 (%3 undecodable messages so far)</source>
        <translation>%1：%2（迄今 %3 条消息无法解码）</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>JSON 格式错误</translation>
    </message>
    <message>
        <source>unexpected message shape</source>
        <translation>消息结构不符合预期</translation>
    </message>
    <message>
        <source>unknown topic</source>
        <translation>未知主题</translation>
    </message>
    <message>
        <source>unknown instrument</source>
        <translation>未知合约</translation>
    </message>
    <message>
        <source>bad number</source>
        <translation>无效数字</translation>
    </message>
    <message>
        <source>frame too large</source>
        <translation>帧过大</translation>
    </message>
    <message>
        <source>decode error</source>
        <translation>解码错误</translation>
    </message>
    <message>
        <source>not listed as linear instruments by the exchange: %1</source>
        <translation>交易所未将其列为线性合约：%1</translation>
    </message>
    <message>
        <source>instrument catalog: %1; retry in %2 ms</source>
        <translation>合约列表：%1；%2 毫秒后重试</translation>
    </message>
    <message>
        <source>hand-over queue of %1 messages is full; %2 frames dropped so far; their books are resynced</source>
        <translation>容量 %1 条消息的交接队列已满；迄今丢弃 %2 帧；相关订单簿将重新同步</translation>
    </message>
    <message>
        <source>HTTP 403 from %1: the exchange banned this IP; all REST requests stop for %2 s</source>
        <translation>%1 返回 HTTP 403：交易所封禁了此 IP；所有 REST 请求暂停 %2 秒</translation>
    </message>
    <message>
        <source>the embedded simulator simulates the built-in instruments and the symbols it started with; %1 will stream after a restart</source>
        <translation>内置模拟器只模拟内置合约和启动时的交易对；%1 将在重启后开始推送数据</translation>
    </message>
    <message>
        <source>trading is off: %1</source>
        <translation>交易已关闭：%1</translation>
    </message>
    <message>
        <source>alerts are off: %1</source>
        <translation>警报已关闭：%1</translation>
    </message>
    <message>
        <source>alert rules kept as they were: %1</source>
        <translation>警报规则保持不变：%1</translation>
    </message>
    <message>
        <source>signal outcomes are tracked but not kept: %1</source>
        <translation>信号结果已跟踪但未保存：%1</translation>
    </message>
    <message>
        <source>signal outcomes not written: %1</source>
        <translation>信号结果未写入：%1</translation>
    </message>
    <message>
        <source>an event loop is not responding; watchdog ping withheld</source>
        <translation>某个事件循环无响应；暂不发送看门狗 ping</translation>
    </message>
    <message>
        <source>kill switch engaged: %1</source>
        <translation>紧急停止已启用：%1</translation>
    </message>
    <message>
        <source>disconnect protection not enabled: %1</source>
        <translation>断线保护未启用：%1</translation>
    </message>
    <message>
        <source>HTTP 403 on %1: the exchange banned this IP; private REST stops for %2 s</source>
        <translation>%1 返回 HTTP 403：交易所封禁了此 IP；私有 REST 暂停 %2 秒</translation>
    </message>
    <message>
        <source>retCode 10002 on %1 (%2): re-syncing the clock and sending once more</source>
        <translation>%1 返回 retCode 10002（%2）：正在重新同步时钟并再发送一次</translation>
    </message>
    <message>
        <source>%1; requests go with the last known offset (%2 ms)</source>
        <translation>%1；请求将使用最近已知的时间偏移（%2 毫秒）</translation>
    </message>
    <message>
        <source>history write failed, will retry: %1</source>
        <translation>历史数据写入失败，将重试：%1</translation>
    </message>
    <message>
        <source>history database %1 cannot be used: %2; running without history (fix the file or its directory, or set store.path)</source>
        <translation>历史数据库 %1 无法使用：%2；将在没有历史数据的情况下运行（请修复该文件或其目录，或设置 store.path）</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed (Debian package libqt6sql6-sqlite); running without history</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE，Debian 软件包 libqt6sql6-sqlite）；将在没有历史数据的情况下运行</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed (Debian package libqt6sql6-sqlite); there is no audit log</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE，Debian 软件包 libqt6sql6-sqlite）；没有审计日志</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <source>cannot create it with mode 0600: %1</source>
        <translation>无法以 0600 权限创建：%1</translation>
    </message>
    <message>
        <source>the audit log %1 cannot be used: %2</source>
        <translation>审计日志 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>the alert journal %1 cannot be used: %2</source>
        <translation>警报日志 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>the audit log %1 is damaged or not an SQLite database (%2); move it aside and keep it for inspection — a new log is created in its place</source>
        <translation>审计日志 %1 已损坏或不是 SQLite 数据库（%2）；请将其移走并保留以便检查 —— 原位置将创建新的日志</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an audit log; name another file</source>
        <translation>%1 是 SQLite 数据库，但不是审计日志；请指定其他文件</translation>
    </message>
    <message>
        <source>the audit log is not open</source>
        <translation>审计日志未打开</translation>
    </message>
    <message>
        <source>the audit log refused a credential: %1 (%2 row) looked like one and was recorded as [redacted]</source>
        <translation>审计日志拒绝记录凭据：%1（%2 行）看起来像凭据，已记录为 [redacted]</translation>
    </message>
    <message>
        <source>the audit log refused a credential: %1 (%2 row) is named like one and was recorded as [redacted]</source>
        <translation>审计日志拒绝记录凭据：%1（%2 行）的名称像凭据，已记录为 [redacted]</translation>
    </message>
    <message>
        <source>rule %1 names no channel %2</source>
        <translation>规则 %1 指定的渠道 %2 不存在</translation>
    </message>
    <message>
        <source>%1 failed %2 times (%3); its alerts stay queued and journaled</source>
        <translation>%1 已失败 %2 次（%3）；其警报仍在队列中并已记入日志</translation>
    </message>
    <message>
        <source>recording stopped: cannot write %1: %2</source>
        <translation>录制已停止：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>outgoing backlog above %1 bytes; dropping the connection</source>
        <translation>发送积压超过 %1 字节；断开连接</translation>
    </message>
    <message>
        <source>socket backlog above %1 bytes; dropping the connection</source>
        <translation>套接字积压超过 %1 字节；断开连接</translation>
    </message>
    <message>
        <source>scripted fault %1 not fired: %2</source>
        <translation>脚本故障 %1 未触发：%2</translation>
    </message>
    <message>
        <source>trading.auto_paper is on but signal outcomes are off: they are kept with the history ([store] enabled)</source>
        <translation>trading.auto_paper 已开启，但信号结果记录已关闭：它们与历史数据一同保存（[store] enabled）</translation>
    </message>
    <message>
        <source>trading.auto_paper is on but trading.venue is not paper: auto-paper trades only on the paper venue</source>
        <translation>trading.auto_paper 已开启，但 trading.venue 不是 paper：自动模拟交易只在模拟盘上进行</translation>
    </message>
    <message>
        <source>trading.auto_paper is on but trading is not running</source>
        <translation>trading.auto_paper 已开启，但交易未运行</translation>
    </message>
    <message>
        <source>%1: %2; %3; %4</source>
        <translation>%1：%2；%3；%4</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>%1 lines from %2 to %3</source>
        <translation>%1 行，从 %2 到 %3</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>%1 errors in %2 patterns, %3 incidents</source>
        <translation>%1 个错误（%2 种模式），%3 起事件</translation>
    </message>
    <message>
        <source>%1 warnings (%2 expected).%3</source>
        <translation>%1 条警告（%2 条预期内）。%3</translation>
    </message>
    <message>
        <source> Most frequent error: &quot;%1&quot; ×%2 on %3.</source>
        <translation>最常见的错误：“%1” ×%2，连接 %3。</translation>
    </message>
    <message>
        <source> Most frequent error: &quot;%1&quot; ×%2.</source>
        <translation>最常见的错误：“%1” ×%2。</translation>
    </message>
    <message>
        <source>No entries match the filters (%1 read).</source>
        <translation>没有条目符合筛选条件（已读取 %1 条）。</translation>
    </message>
    <message>
        <source>No readable log entries.</source>
        <translation>没有可读的日志条目。</translation>
    </message>
    <message>
        <source>%1; the paper account&apos;s latest changes would not survive a restart</source>
        <translation>%1；模拟账户的最新变更在重启后将会丢失</translation>
    </message>
    <message>
        <source>the paper account is saved again</source>
        <translation>模拟账户已恢复保存</translation>
    </message>
    <message>
        <source>the last change in %1 was cut off and is left out (%2)</source>
        <translation>%1 中的最后一条变更被截断，已略去（%2）</translation>
    </message>
    <message>
        <source>%1&apos;s tick or lot size is %2 / %3 now and was %4 / %5 when the paper account was saved; paper orders in %6 are refused</source>
        <translation>%1 的最小价格或数量单位现为 %2 / %3，保存模拟账户时为 %4 / %5；%6 的模拟订单将被拒绝</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>DataFreshness</name>
    <message>
        <source>stale connections: %1</source>
        <translation>过期连接：%1</translation>
    </message>
    <message>
        <source>stale symbols: %1</source>
        <translation>过期交易对：%1</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>k</source>
        <translation>K</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A number with a unit suffix: %1 the number, %2 k, M, B or T.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2%</translation>
    </message>
    <message>
        <source>due</source>
        <translation>即将</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>%1 秒后</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>%1 分钟后</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>%1 小时 %2 分钟后</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <source>the daemon wants a valid API token (HTTP 401): check the token file</source>
        <translation>守护进程需要有效的 API 令牌（HTTP 401）：请检查令牌文件</translation>
    </message>
    <message>
        <source>the daemon refused access (HTTP 403)</source>
        <translation>守护进程拒绝访问（HTTP 403）</translation>
    </message>
    <message>
        <source>no monitoring API at this address (HTTP 404): is it a Virtuoso daemon?</source>
        <translation>此地址没有监控 API（HTTP 404）：这是 Virtuoso 守护进程吗？</translation>
    </message>
    <message>
        <source>the daemon asks to slow down (HTTP 429); retrying</source>
        <translation>守护进程要求降低请求频率（HTTP 429）；将重试</translation>
    </message>
    <message>
        <source>the daemon is not ready (HTTP 503); retrying</source>
        <translation>守护进程尚未就绪（HTTP 503）；将重试</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>the daemon refused the connection (HTTP %1)</source>
        <translation>守护进程拒绝了连接（HTTP %1）</translation>
    </message>
    <message>
        <source>connection refused: is the daemon running and its API listening on this port?</source>
        <translation>连接被拒绝：守护进程是否在运行，其 API 是否在此端口监听？</translation>
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation>守护进程关闭了连接</translation>
    </message>
    <message>
        <source>host not found: check the address</source>
        <translation>找不到主机：请检查地址</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>网络不可达</translation>
    </message>
    <message>
        <source>TLS handshake failed: check the certificate (--ca-file) and that the daemon speaks https</source>
        <translation>TLS 握手失败：请检查证书（--ca-file）以及守护进程是否使用 https</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS 错误：%1</translation>
    </message>
    <message>
        <source>the proxy could not be used</source>
        <translation>无法使用代理</translation>
    </message>
    <message>
        <source>not an http:// or https:// address</source>
        <translation>不是 http:// 或 https:// 地址</translation>
    </message>
</context>
<context>
    <name>OutcomeReader</name>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>不是有限数字</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>is not a text</source>
        <translation>不是文本</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>不是列表</translation>
    </message>
    <message>
        <source>has more entries than any host sends (%1, at most %2)</source>
        <translation>条目数超过任何主机会发送的数量（%1，最多 %2）</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>is not one of the documented values</source>
        <translation>不是文档规定的取值之一</translation>
    </message>
    <message>
        <source>is more than the count</source>
        <translation>大于总数</translation>
    </message>
    <message>
        <source>is not a score range such as 70-75</source>
        <translation>不是 70-75 这样的评分区间</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not a count of timeframes such as 3/4</source>
        <translation>不是 3/4 这样的时间周期计数</translation>
    </message>
    <message>
        <source>does not hold three prices</source>
        <translation>未包含三个价格</translation>
    </message>
    <message>
        <source>is not positive</source>
        <translation>不是正数</translation>
    </message>
    <message>
        <source>does not hold three times</source>
        <translation>未包含三个时间</translation>
    </message>
    <message>
        <source>does not hold three returns</source>
        <translation>未包含三个收益率</translation>
    </message>
    <message>
        <source>is closed without a plan or an exit</source>
        <translation>已平仓但没有计划或离场</translation>
    </message>
</context>
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
    <message>
        <source>Live trading</source>
        <translation>实盘交易</translation>
    </message>
    <message>
        <source>Orders will go to Bybit mainnet with real money.
Type %1 to trade live in this session; anything else starts the workstation with trading off.</source>
        <translation>订单将以真实资金发送到 Bybit 主网。
输入 %1 以在本次会话中进行实盘交易；输入其他内容则以关闭交易的方式启动工作站。</translation>
    </message>
</context>
<context>
    <name>RemoteHost</name>
    <message>
        <source>%1 is not a daemon address; give http(s)://host:port, e.g. http://127.0.0.1:8787</source>
        <translation>%1 不是守护进程地址；请输入 http(s)://主机:端口，例如 http://127.0.0.1:8787</translation>
    </message>
    <message>
        <source>no trading token is configured for %1</source>
        <translation>未为 %1 配置交易令牌</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::AccountPanel</name>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Today&apos;s realised and unrealised loss against the daily loss limit; reaching it engages the kill switch.</source>
        <translation>今日已实现和未实现亏损相对于当日亏损上限；达到上限将启动紧急停止。</translation>
    </message>
    <message>
        <source>Initial margin of the positions and the open orders</source>
        <translation>持仓和未完成订单的初始保证金</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Margin in use</source>
        <translation>已用保证金</translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation>钱包余额</translation>
    </message>
    <message>
        <source>Unrealised PnL</source>
        <translation>未实现盈亏</translation>
    </message>
    <message>
        <source>Realised PnL (session)</source>
        <translation>已实现盈亏（本次会话）</translation>
    </message>
    <message>
        <source>PnL today</source>
        <translation>今日盈亏</translation>
    </message>
    <message>
        <source>Daily loss</source>
        <translation>当日亏损</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 / %2（%3 %）</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source>Risk limits</source>
        <translation>风险限额</translation>
    </message>
    <message>
        <source>Order notional</source>
        <translation>单笔订单名义价值</translation>
    </message>
    <message>
        <source>Position notional</source>
        <translation>持仓名义价值</translation>
    </message>
    <message>
        <source>Total notional</source>
        <translation>总名义价值</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>未完成订单</translation>
    </message>
    <message>
        <source>Orders per second</source>
        <translation>每秒订单数</translation>
    </message>
    <message>
        <source>Price band</source>
        <translation>价格区间</translation>
    </message>
    <message>
        <source>Daily loss limit</source>
        <translation>当日亏损上限</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::AlertsModel</name>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Whale trade</source>
        <translation>巨鲸成交</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>强平</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>价格位</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Timeout burst</source>
        <translation>超时激增</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>IP ban</source>
        <translation>IP 封禁</translation>
    </message>
    <message>
        <source>Handler latency</source>
        <translation>处理延迟</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Order rejected</source>
        <translation>订单被拒</translation>
    </message>
    <message>
        <source>Order filled</source>
        <translation>订单成交</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>紧急停止</translation>
    </message>
    <message>
        <source>Daily loss</source>
        <translation>当日亏损</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message numerus="yes">
        <source>%n more like this</source>
        <translation>
            <numerusform>另有 %n 条同类</numerusform>
        </translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>键：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发送至</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>已暂缓</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::AlertsView</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>全部确认</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>发送测试警报</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>失败次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Liquidated 5 min</source>
        <translation>5 分钟强平额</translation>
    </message>
    <message>
        <source>Liquidated 1 h</source>
        <translation>1 小时强平额</translation>
    </message>
    <message>
        <source>Liquidations 1 h</source>
        <translation>1 小时强平笔数</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Warning and worse</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>Sends one test alert through the selected channel and shows its delivery here</source>
        <translation>通过所选渠道发送一条测试警报，并在此显示其送达情况</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Trades and liquidations</source>
        <translation>成交和强平</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>强平</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Market events</source>
        <translation>市场事件</translation>
    </message>
    <message>
        <source>Last delivered %1</source>
        <translation>最近送达 %1</translation>
    </message>
    <message>
        <source>Nothing delivered yet</source>
        <translation>尚未送达</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>所有品种</translation>
    </message>
    <message>
        <source>The core shows trades of at least %1 USDT and every liquidation</source>
        <translation>核心显示至少 %1 USDT 的成交和所有强平</translation>
    </message>
    <message>
        <source>Alerts are off for this core: no [rule.NAME] section, or [alerts] enabled = false (docs/alerts.md).</source>
        <translation>此核心的警报已关闭：没有 [rule.NAME] 段，或 [alerts] enabled = false（docs/alerts.md）。</translation>
    </message>
    <message>
        <source>No alert rules</source>
        <translation>没有警报规则</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n 条未确认</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) failing</source>
        <translation>
            <numerusform>%n 个渠道故障</numerusform>
        </translation>
    </message>
    <message>
        <source>muted rules: %1</source>
        <translation>已静音规则：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n muted key(s)</source>
        <translation>
            <numerusform>%n 个已静音的键</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending a test alert to %1…</source>
        <translation>正在向 %1 发送测试警报…</translation>
    </message>
    <message>
        <source>Test alert queued for %1</source>
        <translation>已为 %1 排队测试警报</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 小时</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>Mute rule &apos;%1&apos; for</source>
        <translation>将规则“%1”静音</translation>
    </message>
    <message>
        <source>Mute &apos;%1&apos; for</source>
        <translation>将“%1”静音</translation>
    </message>
    <message>
        <source>Unmute rule &apos;%1&apos;</source>
        <translation>取消规则“%1”静音</translation>
    </message>
    <message>
        <source>Unmute &apos;%1&apos;</source>
        <translation>取消“%1”静音</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not mute %1: %2</source>
        <translation>无法静音 %1：%2</translation>
    </message>
    <message>
        <source>%1 is no longer muted</source>
        <translation>%1 已取消静音</translation>
    </message>
    <message>
        <source>%1 muted for %2</source>
        <translation>%1 已静音 %2</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ChartOverlay</name>
    <message>
        <source>Buy %1</source>
        <translation>买入 %1</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>卖出 %1</translation>
    </message>
    <message>
        <source>Take-profit (order)</source>
        <translation>止盈（订单）</translation>
    </message>
    <message>
        <source>Stop-loss (order)</source>
        <translation>止损（订单）</translation>
    </message>
    <message>
        <source>Long %1</source>
        <translation>多头 %1</translation>
    </message>
    <message>
        <source>Short %1</source>
        <translation>空头 %1</translation>
    </message>
    <message>
        <source>Take-profit</source>
        <translation>止盈</translation>
    </message>
    <message>
        <source>Stop-loss</source>
        <translation>止损</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>止损位</translation>
    </message>
    <message>
        <source>T%1 · %2R</source>
        <translation>T%1 · %2R</translation>
    </message>
    <message>
        <source>%1 · take-profit</source>
        <translation>%1 · 止盈</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ConnectDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Connect to Daemon</source>
        <translation>连接到守护进程</translation>
    </message>
    <message>
        <source>none (daemon without a token)</source>
        <translation>无（守护进程不需要令牌）</translation>
    </message>
    <message>
        <source>none (system certificates)</source>
        <translation>无（使用系统证书）</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>令牌文件(&amp;T)：</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>令牌文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>none (the kill switch stays off for this host)</source>
        <translation>无（此主机的紧急停止保持关闭）</translation>
    </message>
    <message>
        <source>T&amp;rading token file:</source>
        <translation>交易令牌文件(&amp;R)：</translation>
    </message>
    <message>
        <source>Trading Token File</source>
        <translation>交易令牌文件</translation>
    </message>
    <message>
        <source>The token files must be readable by you only (chmod 600). The certificate is needed only for https with a certificate of the daemon&apos;s own. The trading token (the daemon&apos;s trading.token_file) lets this workstation engage the daemon&apos;s kill switch; the desk is read-only otherwise.</source>
        <translation>令牌文件必须仅限您本人可读（chmod 600）。仅当守护进程使用自有证书提供 https 时才需要证书。交易令牌（守护进程的 trading.token_file）允许此工作站启动守护进程的紧急停止；否则交易台为只读。</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ConnectionsModel</name>
    <message>
        <source>Refused by the exchange: %1</source>
        <translation>被交易所拒绝：%1</translation>
    </message>
    <message>
        <source>%1 (attempt %2, %3)</source>
        <translation>%1（第 %2 次尝试，%3）</translation>
    </message>
    <message>
        <source>%1/%2 (%3 stale)</source>
        <translation>%1/%2（%3 个陈旧）</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>持续</translation>
    </message>
    <message>
        <source>Topics live</source>
        <translation>活跃主题</translation>
    </message>
    <message>
        <source>Msg/s</source>
        <translation>消息/秒</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最后消息</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>重连次数</translation>
    </message>
    <message>
        <source>Resyncs</source>
        <translation>重新同步</translation>
    </message>
    <message>
        <source>Ping RTT</source>
        <translation>Ping 往返</translation>
    </message>
    <message>
        <source>Last reason / error</source>
        <translation>最近原因/错误</translation>
    </message>
    <message>
        <source>%1 B/s</source>
        <translation>%1 B/s</translation>
    </message>
    <message>
        <source>%1 kB/s</source>
        <translation>%1 kB/s</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>Time since this connection last received a frame.</source>
        <translation>自该连接最后一次收到帧以来的时间。</translation>
    </message>
    <message>
        <source>%1 (last error: %2)</source>
        <translation>%1（最后错误：%2）</translation>
    </message>
    <message>
        <source>Connection / topic</source>
        <translation>连接 / 主题</translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation>字节/秒</translation>
    </message>
    <message numerus="yes">
        <source>Recent (last %1 s): p50 %2, p99 %3, max %4 over %n message(s)</source>
        <translation>
            <numerusform>近期（最近 %1 秒）：p50 %2，p99 %3，最大 %4，共 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent: no message in the recent window</source>
        <translation>近期：近期窗口内没有消息</translation>
    </message>
    <message numerus="yes">
        <source>Since start: p50 %1, p99 %2, max %3 over %n message(s)</source>
        <translation>
            <numerusform>自启动以来：p50 %1，p99 %2，最大 %3，共 %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Since start: no message yet</source>
        <translation>自启动以来：尚无消息</translation>
    </message>
    <message>
        <source>Handler latency (frame received to applied to the market state) over the recent window, the last 30–60 s; the tooltip of a cell and the detail pane add the figures since start.</source>
        <translation>处理延迟（从收到帧到写入市场状态）在近期窗口（最近 30–60 秒）内的数值；单元格提示和详情面板另外给出自启动以来的数值。</translation>
    </message>
    <message>
        <source>Recent latency p50</source>
        <translation>近期延迟 p50</translation>
    </message>
    <message>
        <source>Time since this connection last received data (pongs do not count); stale after %1, its fastest topic&apos;s threshold.</source>
        <translation>距此连接上次收到数据的时间（不计 pong）；超过 %1（其最快主题的阈值）即为过期。</translation>
    </message>
    <message>
        <source>Stale after %1 without a message (a few times this topic&apos;s usual interval).</source>
        <translation>%1 内无消息即为过期（该主题通常间隔的数倍）。</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ConnectionsView</name>
    <message>
        <source>Waiting for the first snapshot…</source>
        <translation>正在等待第一个快照…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>No exchange connections in this data source.</source>
        <translation>此数据源中没有交易所连接。</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>数据流：%1</translation>
    </message>
    <message>
        <source>Select a connection to see its state timeline.</source>
        <translation>选择一个连接以查看其状态时间线。</translation>
    </message>
    <message>
        <source>%1 — %2, %3 reconnects, %4</source>
        <translation>%1 — %2，重连 %3 次，%4</translation>
    </message>
    <message>
        <source>Handler latency — %1</source>
        <translation>处理延迟 — %1</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::EquityChart</name>
    <message>
        <source>Session</source>
        <translation>本次会话</translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation>今日（UTC）</translation>
    </message>
    <message>
        <source>The equity since trading started, or since 00:00 UTC of what this program sampled</source>
        <translation>自交易开始以来的权益，或本程序自 UTC 00:00 起采样的权益</translation>
    </message>
    <message>
        <source>The equity curve starts with the first sample of the account.</source>
        <translation>权益曲线从账户的第一个采样点开始。</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>权益</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ExecutionsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>流动性</translation>
    </message>
    <message>
        <source>Order link ID</source>
        <translation>订单关联 ID</translation>
    </message>
    <message>
        <source>Execution ID</source>
        <translation>成交 ID</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>挂单方</translation>
    </message>
    <message>
        <source>taker</source>
        <translation>吃单方</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::HostManager</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>in-process core</source>
        <translation>进程内核心</translation>
    </message>
    <message>
        <source>core not responding (%1 ms)</source>
        <translation>核心无响应（%1 毫秒）</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>&amp;Connect to Daemon…</source>
        <translation>连接到守护进程(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>No data source: connect to a daemon (File ▸ Connect to Daemon…)</source>
        <translation>无数据源：请连接到守护进程（文件 ▸ 连接到守护进程…）</translation>
    </message>
    <message>
        <source>● No data</source>
        <translation>● 无数据</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>数据源：%1</translation>
    </message>
    <message>
        <source>Source: %1 on %2</source>
        <translation>数据源：%2 上的 %1</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <source>● Degraded: %1</source>
        <translation>● 降级：%1</translation>
    </message>
    <message>
        <source>● Stale for %1 s</source>
        <translation>● 已过期 %1 秒</translation>
    </message>
    <message>
        <source>● Stale: no data yet</source>
        <translation>● 已过期：尚无数据</translation>
    </message>
    <message>
        <source>● Disconnected, stale for %1 s</source>
        <translation>● 已断开，已过期 %1 秒</translation>
    </message>
    <message>
        <source>● Disconnected: %1</source>
        <translation>● 已断开：%1</translation>
    </message>
    <message>
        <source>Hosts: %1 live, %2 degraded, %3 stale, %4 disconnected</source>
        <translation>主机：%1 实时，%2 降级，%3 过期，%4 断开</translation>
    </message>
    <message>
        <source>no update for %1 s</source>
        <translation>%1 秒没有更新</translation>
    </message>
    <message>
        <source>no snapshot yet</source>
        <translation>尚无快照</translation>
    </message>
    <message>
        <source>%1: %2 — no data received yet</source>
        <translation>%1：%2 —— 尚未收到数据</translation>
    </message>
    <message>
        <source>%1: %2 — no data since %3 (%4 s ago); what is shown is from then</source>
        <translation>%1：%2 —— 自 %3 起无数据（%4 秒前）；所显示内容为当时数据</translation>
    </message>
    <message>
        <source>● Not watched</source>
        <translation>● 未监视</translation>
    </message>
    <message>
        <source>, %1 not watched</source>
        <translation>，%1 个未监视</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::HostSidebar</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>连接…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::LogAnalysisView</name>
    <message>
        <source>Open log file…</source>
        <translation>打开日志文件…</translation>
    </message>
    <message>
        <source>Ask daemon</source>
        <translation>询问守护进程</translation>
    </message>
    <message>
        <source>Open a journal, syslog or plain log file (.gz too), or ask a daemon for its own journal.</source>
        <translation>打开 journal、syslog 或纯文本日志文件（也支持 .gz），或向守护进程请求其自身的日志。</translation>
    </message>
    <message>
        <source>token file (optional)</source>
        <translation>令牌文件（可选）</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>How far back the daemon reads its journal</source>
        <translation>守护进程回溯读取日志的时长</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Lines per hour (UTC), errors on top</source>
        <translation>每小时行数（UTC），错误叠加在上</translation>
    </message>
    <message>
        <source>Daemon:</source>
        <translation>守护进程：</translation>
    </message>
    <message>
        <source>Open log file</source>
        <translation>打开日志文件</translation>
    </message>
    <message>
        <source>Logs (*.log *.json *.export *.txt *.gz *syslog*);;All files (*)</source>
        <translation>日志 (*.log *.json *.export *.txt *.gz *syslog*);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>正在分析 %1…</translation>
    </message>
    <message>
        <source>%1 analysed.</source>
        <translation>%1 已分析。</translation>
    </message>
    <message>
        <source>The daemon address must be an http:// or https:// URL.</source>
        <translation>守护进程地址必须是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <source>Report of the daemon&apos;s journal.</source>
        <translation>守护进程日志的报告。</translation>
    </message>
    <message>
        <source>The daemon answered %1: %2</source>
        <translation>守护进程返回 %1：%2</translation>
    </message>
    <message>
        <source>The daemon could not be asked: %1</source>
        <translation>无法询问守护进程：%1</translation>
    </message>
    <message>
        <source>other lines</source>
        <translation>其他行</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Error patterns</source>
        <translation>错误模式</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Expected warnings (data quality)</source>
        <translation>预期警告（数据质量）</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Noisiest templates</source>
        <translation>最频繁的模板</translation>
    </message>
    <message>
        <source>%1% of all lines</source>
        <translation>占所有行的 %1%</translation>
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
    <message>
        <source>● No data source</source>
        <translation>● 无数据源</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远程</translation>
    </message>
    <message>
        <source>● Degraded: %1</source>
        <translation>● 降级：%1</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::MarketEventsModel</name>
    <message>
        <source>Liquidation</source>
        <translation>强平</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Long liquidated</source>
        <translation>多头被强平</translation>
    </message>
    <message>
        <source>Short liquidated</source>
        <translation>空头被强平</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Notional (USDT)</source>
        <translation>名义价值 (USDT)</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::MarketView</name>
    <message>
        <source>Filter symbols</source>
        <translation>筛选交易对</translation>
    </message>
    <message>
        <source>Waiting for market data…</source>
        <translation>正在等待市场数据…</translation>
    </message>
    <message>
        <source>10 s candles</source>
        <translation>10 秒K线</translation>
    </message>
    <message>
        <source>1 min candles</source>
        <translation>1 分钟K线</translation>
    </message>
    <message>
        <source>5 min candles</source>
        <translation>5 分钟K线</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <source>Bids (cumulative)</source>
        <translation>买单（累计）</translation>
    </message>
    <message>
        <source>Asks (cumulative)</source>
        <translation>卖单（累计）</translation>
    </message>
    <message>
        <source>No market data in this data source yet.</source>
        <translation>此数据源中尚无市场数据。</translation>
    </message>
    <message>
        <source>Select a symbol.</source>
        <translation>请选择一个交易对。</translation>
    </message>
    <message>
        <source>No candles yet for %1: they build from the live ticker.</source>
        <translation>%1 暂无K线：K线由实时行情生成。</translation>
    </message>
    <message>
        <source>%1 · %2 from the live ticker</source>
        <translation>%1 · %2，来自实时行情</translation>
    </message>
    <message>
        <source>%1 · %2 candles (merged for display)</source>
        <translation>%1 · %2 根K线（为显示而合并）</translation>
    </message>
    <message>
        <source>No order book for %1 yet.</source>
        <translation>%1 尚无订单簿。</translation>
    </message>
    <message>
        <source>Order-book depth is not available from this data source.</source>
        <translation>此数据源不提供订单簿深度。</translation>
    </message>
    <message>
        <source>%1 order book · %2 levels per side · u %3</source>
        <translation>%1 订单簿 · 每侧 %2 档 · u %3</translation>
    </message>
    <message>
        <source>%1 order book is resyncing</source>
        <translation>%1 订单簿正在重新同步</translation>
    </message>
    <message>
        <source>30 min candles</source>
        <translation>30 分钟K线</translation>
    </message>
    <message>
        <source>4 h candles</source>
        <translation>4 小时K线</translation>
    </message>
    <message>
        <source>%1 · %2 from the exchange</source>
        <translation>%1 · %2（来自交易所）</translation>
    </message>
    <message>
        <source>%1   %2   %3   spread %4</source>
        <translation>%1   %2   %3   价差 %4</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::MarketsModel</name>
    <message>
        <source>%1 bp</source>
        <translation>%1 基点</translation>
    </message>
    <message>
        <source>resyncing</source>
        <translation>正在重新同步</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>%1 档</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最新价</translation>
    </message>
    <message>
        <source>24h</source>
        <translation>24小时</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金费率</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>持仓量</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>订单簿</translation>
    </message>
    <message>
        <source>Time since the freshest book, ticker or candle of %1; stale after %2.</source>
        <translation>距 %1 最新的订单簿、行情或K线的时间；超过 %2 即为过期。</translation>
    </message>
    <message>
        <source>The data of %1 on %2 is stale.</source>
        <translation>%2 上 %1 的数据已过期。</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>时效</translation>
    </message>
    <message>
        <source>Funding rate %1; the next funding is at %2.</source>
        <translation>资金费率 %1；下次资金结算时间为 %2。</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2%</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Time since the freshest book, ticker or candle of the symbol</source>
        <translation>距该交易对最新的订单簿、行情或K线的时间</translation>
    </message>
    <message>
        <source>Price change over the last 24 hours</source>
        <translation>过去 24 小时的价格变化</translation>
    </message>
    <message>
        <source>Ask minus bid, in basis points of the mid price</source>
        <translation>卖价减买价，以中间价的基点表示</translation>
    </message>
    <message>
        <source>Mark price: what positions are valued and liquidated at</source>
        <translation>标记价格：仓位按此估值和强平</translation>
    </message>
    <message>
        <source>Index price: the spot price across exchanges</source>
        <translation>指数价格：多家交易所的现货价格</translation>
    </message>
    <message>
        <source>Funding rate per interval and the time to the next funding</source>
        <translation>每个周期的资金费率及距下次资金结算的时间</translation>
    </message>
    <message>
        <source>Traded value over the last 24 hours, in the quote currency</source>
        <translation>过去 24 小时的成交额（计价货币）</translation>
    </message>
    <message>
        <source>Open interest in contracts</source>
        <translation>持仓量（合约张数）</translation>
    </message>
    <message>
        <source>Open interest in the quote currency</source>
        <translation>持仓价值（计价货币）</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记价</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>指数价</translation>
    </message>
    <message>
        <source>Volume 24h</source>
        <translation>24h 成交额</translation>
    </message>
    <message>
        <source>OI value</source>
        <translation>持仓价值</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::OrderTicketPanel</name>
    <message>
        <source>Reduce-only</source>
        <translation>只减仓</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限价</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市价</translation>
    </message>
    <message>
        <source>GTC — good till cancelled</source>
        <translation>GTC — 撤单前有效</translation>
    </message>
    <message>
        <source>IOC — immediate or cancel</source>
        <translation>IOC — 立即成交或取消</translation>
    </message>
    <message>
        <source>FOK — fill or kill</source>
        <translation>FOK — 全部成交或取消</translation>
    </message>
    <message>
        <source>Post-only</source>
        <translation>只做挂单</translation>
    </message>
    <message>
        <source>Send a buy order with this ticket</source>
        <translation>用此订单票发送买单</translation>
    </message>
    <message>
        <source>Send a sell order with this ticket</source>
        <translation>用此订单票发送卖单</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>标记价 %1</translation>
    </message>
    <message>
        <source>No symbol to trade.</source>
        <translation>没有可交易的品种。</translation>
    </message>
    <message>
        <source>Looking up the lot and tick of %1…</source>
        <translation>正在查询 %1 的数量步长和价格步长…</translation>
    </message>
    <message>
        <source>Lot %1 · tick %2</source>
        <translation>数量步长 %1 · 价格步长 %2</translation>
    </message>
    <message>
        <source> · min %1</source>
        <translation> · 最小 %1</translation>
    </message>
    <message>
        <source>Buy %1 %2</source>
        <translation>买入 %1 %2</translation>
    </message>
    <message>
        <source>Sell %1 %2</source>
        <translation>卖出 %1 %2</translation>
    </message>
    <message>
        <source>limit %1, %2</source>
        <translation>限价 %1，%2</translation>
    </message>
    <message>
        <source>at market</source>
        <translation>市价</translation>
    </message>
    <message>
        <source>, reduce-only</source>
        <translation>，只减仓</translation>
    </message>
    <message>
        <source>Choose a symbol.</source>
        <translation>请选择品种。</translation>
    </message>
    <message>
        <source>The lot and tick of %1 are not known yet.</source>
        <translation>%1 的数量步长和价格步长尚未获知。</translation>
    </message>
    <message>
        <source>Enter a quantity: a multiple of the lot %1.</source>
        <translation>请输入数量：数量步长 %1 的整数倍。</translation>
    </message>
    <message>
        <source>The quantity %1 is below the minimum %2.</source>
        <translation>数量 %1 低于最小值 %2。</translation>
    </message>
    <message>
        <source>The quantity %1 is above the maximum %2.</source>
        <translation>数量 %1 高于最大值 %2。</translation>
    </message>
    <message>
        <source>Enter a limit price: a multiple of the tick %1.</source>
        <translation>请输入限价：价格步长 %1 的整数倍。</translation>
    </message>
    <message>
        <source>the quantity to %1 (lot %2)</source>
        <translation>数量为 %1（数量步长 %2）</translation>
    </message>
    <message>
        <source>the price to %1 (tick %2)</source>
        <translation>价格为 %1（价格步长 %2）</translation>
    </message>
    <message>
        <source>Snapped %1. Check and send again.</source>
        <translation>已对齐：%1。请检查后再次发送。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Sending %1 %2 %3…</source>
        <translation>正在发送：%1 %2 %3…</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>合约数量</translation>
    </message>
    <message>
        <source>Notional (quote coin)</source>
        <translation>名义价值（计价币）</translation>
    </message>
    <message>
        <source>% risk of equity to the stop-loss</source>
        <translation>至止损的权益风险 %</translation>
    </message>
    <message>
        <source>Contracts: the quantity in the base coin. Notional: the order&apos;s value in the quote coin. % risk: the share of the equity lost if the stop-loss is hit — size = equity × % / |entry − stop-loss|. Notional and risk sizes are rounded down to the lot.</source>
        <translation>合约数量：以基础币计的数量。名义价值：订单以计价币计的价值。风险 %：触及止损时损失的权益比例——数量 = 权益 × % / |入场价 − 止损价|。名义价值和风险数量向下取整到最小数量单位。</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>最新价</translation>
    </message>
    <message>
        <source>Mark price</source>
        <translation>标记价格</translation>
    </message>
    <message>
        <source>The price that triggers the take-profit and the stop-loss</source>
        <translation>触发止盈和止损的价格</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Take-profit for the whole position once the order fills: closed at market when the trigger price reaches it. Empty: none.</source>
        <translation>订单成交后整个仓位的止盈：触发价格到达时以市价平仓。留空：无。</translation>
    </message>
    <message>
        <source>Stop-loss for the whole position once the order fills: closed at market when the trigger price reaches it. Empty: none. The % risk sizing measures to it.</source>
        <translation>订单成交后整个仓位的止损：触发价格到达时以市价平仓。留空：无。风险 % 仓位计算以此为准。</translation>
    </message>
    <message>
        <source>Size in</source>
        <translation>数量单位</translation>
    </message>
    <message>
        <source>Take-profit</source>
        <translation>止盈</translation>
    </message>
    <message>
        <source>Stop-loss</source>
        <translation>止损</translation>
    </message>
    <message>
        <source>TP/SL trigger</source>
        <translation>止盈/止损触发</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>名义价值</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>, take-profit %1</source>
        <translation>，止盈 %1</translation>
    </message>
    <message>
        <source>, stop-loss %1</source>
        <translation>，止损 %1</translation>
    </message>
    <message>
        <source>enter a limit price</source>
        <translation>请输入限价</translation>
    </message>
    <message>
        <source>no mark price for %1 yet</source>
        <translation>%1 尚无标记价格</translation>
    </message>
    <message>
        <source>enter the notional</source>
        <translation>请输入名义价值</translation>
    </message>
    <message>
        <source>% risk needs a stop-loss: the risk is measured to it</source>
        <translation>风险 % 需要止损价：风险以此计算</translation>
    </message>
    <message>
        <source>the stop-loss is at the entry</source>
        <translation>止损价等于入场价</translation>
    </message>
    <message>
        <source>the account&apos;s equity is not known yet</source>
        <translation>账户权益尚未知</translation>
    </message>
    <message>
        <source>enter the % of equity to risk</source>
        <translation>请输入愿意承担风险的权益 %</translation>
    </message>
    <message>
        <source>less than one lot (%1 %2)</source>
        <translation>不足一个最小数量单位（%1 %2）</translation>
    </message>
    <message>
        <source>no size: %1</source>
        <translation>无数量：%1</translation>
    </message>
    <message>
        <source>= %1 %2, rounded down to the lot (%3 at %4)</source>
        <translation>= %1 %2，向下取整到最小数量单位（%3，价格 %4）</translation>
    </message>
    <message>
        <source>= %1 %2: %3 of the equity %4 lost at the stop-loss (%5 %)</source>
        <translation>= %1 %2：触及止损时损失权益 %4 中的 %3（%5 %）</translation>
    </message>
    <message>
        <source>the take-profit to %1 (tick %2)</source>
        <translation>止盈调整为 %1（最小价格变动 %2）</translation>
    </message>
    <message>
        <source>the stop-loss to %1 (tick %2)</source>
        <translation>止损调整为 %1（最小价格变动 %2）</translation>
    </message>
    <message>
        <source>No size: %1.</source>
        <translation>无数量：%1。</translation>
    </message>
    <message>
        <source>The take-profit of a buy must be above %1.</source>
        <translation>买单的止盈必须高于 %1。</translation>
    </message>
    <message>
        <source>The take-profit of a sell must be below %1.</source>
        <translation>卖单的止盈必须低于 %1。</translation>
    </message>
    <message>
        <source>The stop-loss of a buy must be below %1.</source>
        <translation>买单的止损必须低于 %1。</translation>
    </message>
    <message>
        <source>The stop-loss of a sell must be above %1.</source>
        <translation>卖单的止损必须高于 %1。</translation>
    </message>
    <message>
        <source>A reduce-only order takes no take-profit or stop-loss.</source>
        <translation>只减仓订单不能设置止盈或止损。</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>订单票：%1</translation>
    </message>
    <message>
        <source>The risk gate would refuse it — %1: %2</source>
        <translation>风险检查将拒绝 — %1：%2</translation>
    </message>
    <message>
        <source>The risk gate would pass it (notional %1)</source>
        <translation>风险检查将通过（名义价值 %1）</translation>
    </message>
    <message>
        <source>The risk gate would pass it</source>
        <translation>风险检查将通过</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::OrdersModel</name>
    <message>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>Pending new</source>
        <translation>待确认</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新订单</translation>
    </message>
    <message>
        <source>Partially filled</source>
        <translation>部分成交</translation>
    </message>
    <message>
        <source>Pending cancel</source>
        <translation>撤单中</translation>
    </message>
    <message>
        <source>Pending amend</source>
        <translation>改单中</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市价</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限价</translation>
    </message>
    <message>
        <source>, reduce-only</source>
        <translation>，只减仓</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Order link ID</source>
        <translation>订单关联 ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>market</source>
        <translation>市价</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::PerformanceView</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Equity (cumulative net R by exit)</source>
        <translation>权益（按出场累计净 R）</translation>
    </message>
    <message>
        <source>Calibration: forward return by score</source>
        <translation>校准：按评分的后续收益</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已平仓</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>胜率</translation>
    </message>
    <message>
        <source>Avg R</source>
        <translation>平均 R</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>盈利因子</translation>
    </message>
    <message>
        <source>Total R</source>
        <translation>总 R</translation>
    </message>
    <message>
        <source>Max drawdown R</source>
        <translation>最大回撤 R</translation>
    </message>
    <message>
        <source>Avg MFE R</source>
        <translation>平均 MFE R</translation>
    </message>
    <message>
        <source>Avg MAE R</source>
        <translation>平均 MAE R</translation>
    </message>
    <message>
        <source>Signal time</source>
        <translation>信号时间</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>出场</translation>
    </message>
    <message>
        <source>Net R</source>
        <translation>净 R</translation>
    </message>
    <message>
        <source>Select an outcome to see what was known at its signal, its plan and its end.</source>
        <translation>选择一个结果，查看其信号时的已知信息、交易计划及结束方式。</translation>
    </message>
    <message>
        <source>Forward-return horizon of the calibration</source>
        <translation>校准所用的后续收益周期</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>周期：</translation>
    </message>
    <message>
        <source>Signal outcomes are not available from this source.</source>
        <translation>此数据源不提供信号结果。</translation>
    </message>
    <message>
        <source>Loading signal outcomes…</source>
        <translation>正在加载信号结果…</translation>
    </message>
    <message>
        <source>Signal outcomes are off in this core: they are kept with the history ([store] enabled).</source>
        <translation>此核心未启用信号结果：它们随历史记录一起保存（[store] enabled）。</translation>
    </message>
    <message>
        <source>No signal outcomes yet (%1).</source>
        <translation>尚无信号结果（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s): %1 closed, %2 open, %3 without a plan. Net %4 R, hit rate %5, average %6 R per trade.</source>
        <translation>
            <numerusform>%n 个信号：%1 个已平仓，%2 个持仓中，%3 个无计划。净值 %4 R，胜率 %5，每笔平均 %6 R。</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>总体</translation>
    </message>
    <message>
        <source>all signals</source>
        <translation>全部信号</translation>
    </message>
    <message>
        <source>long</source>
        <translation>做多</translation>
    </message>
    <message>
        <source>short</source>
        <translation>做空</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>open</source>
        <translation>持仓中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已平仓</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <source>Closed outcomes</source>
        <translation>已平仓结果</translation>
    </message>
    <message>
        <source>Calibration: mean %1 forward return by score, 95% interval (n = %2, Spearman ρ = %3)</source>
        <translation>校准：按评分的 %1 平均后续收益，95% 区间（n = %2，Spearman ρ = %3）</translation>
    </message>
    <message>
        <source>Forward return (bps)</source>
        <translation>后续收益（基点）</translation>
    </message>
    <message>
        <source>At the signal</source>
        <translation>信号时</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <source>Leaning hardest</source>
        <translation>倾向最强</translation>
    </message>
    <message>
        <source>Timeframes agreeing</source>
        <translation>一致的时间周期</translation>
    </message>
    <message>
        <source>Regime (ADX)</source>
        <translation>市场状态（ADX）</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>最新价</translation>
    </message>
    <message>
        <source>ATR(14)</source>
        <translation>ATR(14)</translation>
    </message>
    <message>
        <source>Swing low / high</source>
        <translation>摆动低点 / 高点</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>止损</translation>
    </message>
    <message>
        <source>Target %1R</source>
        <translation>目标 %1R</translation>
    </message>
    <message>
        <source> · reached after %1 s</source>
        <translation> · %1 秒后到达</translation>
    </message>
    <message>
        <source>Excursion (MFE / MAE)</source>
        <translation>波动幅度（MFE / MAE）</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <source>ATR not ready at the signal</source>
        <translation>信号时 ATR 尚未就绪</translation>
    </message>
    <message>
        <source>waiting for the entry</source>
        <translation>等待入场</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Gross / costs / net R</source>
        <translation>毛 / 成本 / 净 R</translation>
    </message>
    <message>
        <source>Forward returns</source>
        <translation>后续收益</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未</translation>
    </message>
    <message>
        <source> bps</source>
        <translation> 基点</translation>
    </message>
    <message>
        <source>From %1 as of %2.</source>
        <translation>来自 %1，截至 %2。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1
The figures below are not current: they were read at %2, %3 ago.</source>
        <translation>%1
下方数据并非最新：读取于 %2，即 %3 前。</translation>
    </message>
    <message>
        <source>%1 keeps no signal outcomes: %2</source>
        <translation>%1 未保存信号结果：%2</translation>
    </message>
    <message>
        <source>the host gave no reason</source>
        <translation>主机未给出原因</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 返回 HTTP %2：%3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>%1 sent signal outcomes that cannot be read: %2.</source>
        <translation>%1 发送的信号结果无法读取：%2。</translation>
    </message>
    <message>
        <source>The host is gone.</source>
        <translation>该主机已不存在。</translation>
    </message>
    <message>
        <source>the scorecard is not a JSON object</source>
        <translation>评分卡不是 JSON 对象</translation>
    </message>
    <message>
        <source>the outcomes are not a JSON object</source>
        <translation>结果不是 JSON 对象</translation>
    </message>
    <message>
        <source>more outcomes than were asked for</source>
        <translation>结果数量超过请求数量</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::PositionsModel</name>
    <message>
        <source>Symbol</source>
        <translation>品种</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>开仓价</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记价</translation>
    </message>
    <message>
        <source>Unrealised</source>
        <translation>未实现</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>Liq. price</source>
        <translation>强平价</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>多头</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>空头</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>无仓位</translation>
    </message>
    <message>
        <source>Take-profit</source>
        <translation>止盈</translation>
    </message>
    <message>
        <source>Stop-loss</source>
        <translation>止损</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::PriceLadder</name>
    <message>
        <source>No book yet</source>
        <translation>尚无订单簿</translation>
    </message>
    <message>
        <source>Price ladder: bids, asks and your orders per tick; public trades flash at their price. Re-centre on the market: C, the middle mouse button, or Ctrl+Shift+C; the wheel scrolls. With click to trade armed, click a bid to buy there, an ask to sell there, your order to cancel it, or drag it to another price.</source>
        <translation>价格阶梯：每个价位的买盘、卖盘和您的订单；公开成交会在其价格处闪烁。回到市场中心：C 键、鼠标中键或 Ctrl+Shift+C；滚轮滚动。启用点击交易时，点击买盘在该价买入，点击卖盘在该价卖出，点击您的订单撤单，拖动订单改到其他价格。</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::RemoteHost</name>
    <message>
        <source>no connection status yet</source>
        <translation>尚无连接状态</translation>
    </message>
    <message>
        <source>%1 of %2 connections live</source>
        <translation>%2 个连接中 %1 个实时</translation>
    </message>
    <message>
        <source>no update for %1 s</source>
        <translation>%1 秒无更新</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>过期</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>remembered, not watched: select it to watch it</source>
        <translation>已记住，未监视：选中即开始监视</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>未监视</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::RemoteTradingSource</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the host is gone</source>
        <translation>主机已不存在</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>How often the views redraw; the core publishes snapshots at its own rate.</source>
        <translation>视图重绘的频率；核心按自己的频率发布快照。</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Refresh rate:</source>
        <translation>刷新频率(&amp;R)：</translation>
    </message>
    <message>
        <source>Default &amp;symbol:</source>
        <translation>默认交易对(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Order ticket: send the chosen side (or the focused Buy/Sell button)</source>
        <translation>订单票：发送所选方向（或当前焦点的买入/卖出按钮）</translation>
    </message>
    <message>
        <source>Order ticket: clear quantity, price and reduce-only</source>
        <translation>订单票：清空数量、价格和只减仓</translation>
    </message>
    <message>
        <source>Order ticket: quantity or price one lot or tick up (Down: down)</source>
        <translation>订单票：数量或价格增加一个步长（下箭头：减少）</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::SignalsView</name>
    <message>
        <source>&lt;h3&gt;Confluence engine not running&lt;/h3&gt;&lt;p&gt;Scores, directions and their breakdown appear here once the confluence engine publishes its results with the core&apos;s snapshots.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;汇合引擎未运行&lt;/h3&gt;&lt;p&gt;一旦汇合引擎随核心快照发布其结果，评分、方向及其分解将显示在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>可靠性</translation>
    </message>
    <message>
        <source>Mixed signals</source>
        <translation>混合信号</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>long</source>
        <translation>做多</translation>
    </message>
    <message>
        <source>short</source>
        <translation>做空</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>中性</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>warming</source>
        <translation>预热中</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 vs %3</source>
        <translation>%1：%2 对 %3</translation>
    </message>
    <message>
        <source>mixed — %1</source>
        <translation>混合 — %1</translation>
    </message>
    <message>
        <source>%1 % ready</source>
        <translation>%1 % 就绪</translation>
    </message>
    <message>
        <source>%1 score over the last 10 minutes</source>
        <translation>%1 最近 10 分钟的评分</translation>
    </message>
    <message>
        <source>ready · value %1</source>
        <translation>就绪 · 数值 %1</translation>
    </message>
    <message>
        <source>warming %1/%2</source>
        <translation>预热中 %1/%2</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>&amp;Plan trade…</source>
        <translation>计划交易(&amp;P)…</translation>
    </message>
    <message>
        <source>Plan trade…</source>
        <translation>计划交易…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::StateTimelineWidget</name>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>red, hatched: no data from the host</source>
        <translation>红色斜线：未收到主机数据</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TimeoutHistoryModel</name>
    <message>
        <source>Part of an incident: a burst of connection failures</source>
        <translation>属于一次事故：连接故障集中爆发</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TimeoutHistoryView</name>
    <message>
        <source>All connections</source>
        <translation>所有连接</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) arrived too fast to be shown</source>
        <translation>
            <numerusform>%n 条记录到达过快，未能显示</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No timeouts from %1 — the connector has nothing to report.</source>
        <translation>%1 期间没有超时 —— 连接器无事可报。</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1</source>
        <translation>
            <numerusform>%1 期间 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ 更早</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>更晚 ▶</translation>
    </message>
    <message>
        <source>24 hours, per hour</source>
        <translation>24 小时，每小时</translation>
    </message>
    <message>
        <source>6 hours, per 10 minutes</source>
        <translation>6 小时，每 10 分钟</translation>
    </message>
    <message>
        <source>1 hour, per minute</source>
        <translation>1 小时，每分钟</translation>
    </message>
    <message>
        <source>7 days, per 6 hours</source>
        <translation>7 天，每 6 小时</translation>
    </message>
    <message>
        <source>Show the window before this one; older entries are read from the history store</source>
        <translation>显示上一个时间窗口；较早的条目从历史存储中读取</translation>
    </message>
    <message>
        <source>Show the next window, up to now</source>
        <translation>显示下一个时间窗口，直到现在</translation>
    </message>
    <message>
        <source>reading older entries…</source>
        <translation>正在读取较早的条目…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries held, no incidents in this period</source>
        <translation>
            <numerusform>共 %n 条记录，此期间无事故</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries held; incidents (bursts of connection failures) at %1</source>
        <translation>
            <numerusform>共 %n 条记录；事故（连接故障集中爆发）发生于 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no data from the host for %1 (%2)</source>
        <translation>%1 未收到主机数据（%2）</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TradePlanDialog</name>
    <message>
        <source>Trade plan</source>
        <translation>交易计划</translation>
    </message>
    <message>
        <source>Limit at the touch</source>
        <translation>以最优价限价</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市价</translation>
    </message>
    <message>
        <source>T%1 · %2R</source>
        <translation>T%1 · %2R</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入场</translation>
    </message>
    <message>
        <source>Take-profit at</source>
        <translation>止盈位于</translation>
    </message>
    <message>
        <source>&lt;p&gt;No order: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;无订单：%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>止损位</translation>
    </message>
    <message>
        <source>Stop from</source>
        <translation>止损依据</translation>
    </message>
    <message>
        <source>T1 · 1R</source>
        <translation>T1 · 1R</translation>
    </message>
    <message>
        <source>T2 · 2R</source>
        <translation>T2 · 2R</translation>
    </message>
    <message>
        <source>T3 · 3R</source>
        <translation>T3 · 3R</translation>
    </message>
    <message>
        <source>Take-profit</source>
        <translation>止盈</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Reward : risk</source>
        <translation>收益 : 风险</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>交易场所</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Buy on LIVE</source>
        <translation>在实盘买入</translation>
    </message>
    <message>
        <source>Sell on LIVE</source>
        <translation>在实盘卖出</translation>
    </message>
    <message>
        <source>Send buy order</source>
        <translation>发送买单</translation>
    </message>
    <message>
        <source>Send sell order</source>
        <translation>发送卖单</translation>
    </message>
    <message>
        <source>%1 · %2 min candles</source>
        <translation>%1 · %2 分钟K线</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TradePlanner</name>
    <message>
        <source>Trade plans trade on the local core; a daemon&apos;s desk is read-only here.</source>
        <translation>交易计划只在本地核心上交易；守护进程的交易台在此为只读。</translation>
    </message>
    <message>
        <source>Trading is not running: %1</source>
        <translation>交易未运行：%1</translation>
    </message>
    <message>
        <source>Trading is not running.</source>
        <translation>交易未运行。</translation>
    </message>
    <message>
        <source>The score of %1 is in neither the long nor the short zone.</source>
        <translation>%1 的评分既不在做多区也不在做空区。</translation>
    </message>
    <message>
        <source>Reading the %1 min history of %2…</source>
        <translation>正在读取 %2 的 %1 分钟历史…</translation>
    </message>
    <message>
        <source>No %1 min history of %2 from this source.</source>
        <translation>此数据源没有 %2 的 %1 分钟历史。</translation>
    </message>
    <message numerus="yes">
        <source>No ATR yet: %n more closed %1 min bar(s) needed.</source>
        <translation>
            <numerusform>尚无 ATR：还需要 %n 根已收盘的 %1 分钟K线。</numerusform>
        </translation>
    </message>
    <message>
        <source>No price for %1 yet.</source>
        <translation>%1 尚无价格。</translation>
    </message>
    <message>
        <source>Plan a %1 trade in %2 from its signal: entry, stop from the %3 min ATR and swings, targets at 1R/2R/3R.</source>
        <translation>根据信号计划 %2 的%1交易：入场价，由 %3 分钟 ATR 和摆动点得出止损，目标位 1R/2R/3R。</translation>
    </message>
    <message>
        <source>long</source>
        <translation>做多</translation>
    </message>
    <message>
        <source>short</source>
        <translation>做空</translation>
    </message>
    <message>
        <source>The trading service has no instrument %1.</source>
        <translation>交易服务没有合约 %1。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>买入</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>卖出</translation>
    </message>
    <message>
        <source>%1 (market)</source>
        <translation>%1（市价）</translation>
    </message>
    <message>
        <source>%1 (limit)</source>
        <translation>%1（限价）</translation>
    </message>
    <message>
        <source>the swing level (ATR %1)</source>
        <translation>摆动位（ATR %1）</translation>
    </message>
    <message>
        <source>%1 × ATR %2</source>
        <translation>%1 × ATR %2</translation>
    </message>
    <message>
        <source>%1 (T%2)</source>
        <translation>%1（T%2）</translation>
    </message>
    <message>
        <source>%1 %2 · %3 % of equity %4</source>
        <translation>%1 %2 · 占权益 %4 的 %3 %</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>没有可发送的内容。</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>无法发送：%1</translation>
    </message>
    <message>
        <source>The risk gate would pass it (notional %1).</source>
        <translation>风控闸门会放行（名义价值 %1）。</translation>
    </message>
    <message>
        <source>The risk gate would refuse it — %1: %2</source>
        <translation>风控闸门会拒绝 — %1：%2</translation>
    </message>
    <message>
        <source>Refused by the risk gate — %1: %2</source>
        <translation>被风控闸门拒绝 — %1：%2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source> · sized down to the order limit of %1 %2 (risk.max_order_notional)</source>
        <translation> · 已按单笔订单上限 %1 %2 缩小（risk.max_order_notional）</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TradingView</name>
    <message>
        <source>Trading is only available on the local core for now.</source>
        <translation>目前仅本地核心支持交易。</translation>
    </message>
    <message>
        <source>KILL SWITCH ENGAGED — new orders are refused until it is reset</source>
        <translation>紧急停止已启动 — 重置前拒绝新订单</translation>
    </message>
    <message>
        <source>Reset kill switch…</source>
        <translation>重置紧急停止…</translation>
    </message>
    <message>
        <source>Order ticket</source>
        <translation>订单票</translation>
    </message>
    <message>
        <source>Cancel Selected Order</source>
        <translation>撤销所选订单</translation>
    </message>
    <message>
        <source>Close position…</source>
        <translation>平仓…</translation>
    </message>
    <message>
        <source>Open orders only</source>
        <translation>仅显示未完成订单</translation>
    </message>
    <message>
        <source>Cancel selected</source>
        <translation>撤销所选</translation>
    </message>
    <message>
        <source>Cancel all…</source>
        <translation>全部撤销…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>持仓</translation>
    </message>
    <message>
        <source>Recent fills</source>
        <translation>最近成交</translation>
    </message>
    <message>
        <source>KILL SWITCH ENGAGED</source>
        <translation>紧急停止已启动</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 — TRADING OFF</source>
        <translation>%1 — 交易关闭</translation>
    </message>
    <message>
        <source>Trading is not running.</source>
        <translation>交易未运行。</translation>
    </message>
    <message>
        <source>Orders go to the LIVE exchange with real money.</source>
        <translation>订单将以真实资金发送到实盘交易所。</translation>
    </message>
    <message>
        <source>Orders go to the %1 venue.</source>
        <translation>订单发送到 %1 交易场所。</translation>
    </message>
    <message>
        <source>Private stream: up</source>
        <translation>私有数据流：已连接</translation>
    </message>
    <message>
        <source>Private stream: down (%1)</source>
        <translation>私有数据流：已断开（%1）</translation>
    </message>
    <message>
        <source>Trading is not running on the %1 venue: %2</source>
        <translation>%1 交易场所的交易未运行：%2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Trading is not running: %1</source>
        <translation>交易未运行：%1</translation>
    </message>
    <message>
        <source>private stream up</source>
        <translation>私有数据流已连接</translation>
    </message>
    <message>
        <source>private stream down (%1)</source>
        <translation>私有数据流已断开（%1）</translation>
    </message>
    <message>
        <source>Reason: %1 · engaged %2%3</source>
        <translation>原因：%1 · 启动于 %2%3</translation>
    </message>
    <message>
        <source>, finished %1</source>
        <translation>，完成于 %1</translation>
    </message>
    <message>
        <source>, still working…</source>
        <translation>，仍在执行…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Orders cancelled: %1 open before, %2 open after · Positions flattened: %3 to flatten, %4 reduce-only orders sent, %5 left</source>
        <translation>已撤订单：之前 %1 个未完成，之后 %2 个 · 平仓：需平 %3 个，已发送 %4 个只减仓订单，剩余 %5 个</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>问题：无</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>The kill switch can be reset once it has finished.</source>
        <translation>紧急停止执行完毕后才能重置。</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <source>Refused by the risk gate — %1: %2</source>
        <translation>被风控拒绝 — %1：%2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Cancel of %1 not sent: %2</source>
        <translation>%1 的撤单未发送：%2</translation>
    </message>
    <message>
        <source>Cancel all orders</source>
        <translation>撤销全部订单</translation>
    </message>
    <message>
        <source>Cancel every open order of every symbol?</source>
        <translation>撤销所有品种的全部未完成订单？</translation>
    </message>
    <message>
        <source>Close the %1 short of %2 with a reduce-only market buy?</source>
        <translation>以只减仓市价买单平掉 %1 的 %2 空头？</translation>
    </message>
    <message>
        <source>Close the %1 long of %2 with a reduce-only market sell?</source>
        <translation>以只减仓市价卖单平掉 %1 的 %2 多头？</translation>
    </message>
    <message>
        <source>Close position</source>
        <translation>平仓</translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation>正在平仓 %1…</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>紧急停止</translation>
    </message>
    <message>
        <source>Engage kill switch</source>
        <translation>启动紧急停止</translation>
    </message>
    <message>
        <source>Reset kill switch</source>
        <translation>重置紧急停止</translation>
    </message>
    <message>
        <source>Reset the kill switch? New orders will be accepted again.</source>
        <translation>重置紧急停止？将重新接受新订单。</translation>
    </message>
    <message>
        <source>Reset refused: %1</source>
        <translation>重置被拒绝：%1</translation>
    </message>
    <message>
        <source>Venue %1 · %2 · open orders: %3 · positions: %4</source>
        <translation>交易场所 %1 · %2 · 未完成订单：%3 · 持仓：%4</translation>
    </message>
    <message>
        <source>Click to trade</source>
        <translation>点击交易</translation>
    </message>
    <message>
        <source>When on, a click in the ladder&apos;s bid or ask column places a limit order there with the ticket&apos;s quantity, a click on your order cancels it and a drag moves it.</source>
        <translation>启用后，点击阶梯的买方或卖方列将按订单票的数量在该价下限价单，点击您的订单将其撤销，拖动可移动它。</translation>
    </message>
    <message>
        <source>Re-centre</source>
        <translation>重新居中</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Price ladder</source>
        <translation>价格阶梯</translation>
    </message>
    <message>
        <source>Ladder: %1</source>
        <translation>价格阶梯：%1</translation>
    </message>
    <message>
        <source>This host has no trading desk.</source>
        <translation>此主机没有交易台。</translation>
    </message>
    <message>
        <source>Reverse position…</source>
        <translation>反手…</translation>
    </message>
    <message>
        <source>Remote host %1 (read-only) · %2</source>
        <translation>远程主机 %1（只读）· %2</translation>
    </message>
    <message>
        <source>Amend of %1 not sent: %2</source>
        <translation>%1 的改单未发送：%2</translation>
    </message>
    <message>
        <source>read-only: remote host</source>
        <translation>只读：远程主机</translation>
    </message>
    <message>
        <source>Reverse the %1 short of %2 into a long of %2 with a market buy of %3?</source>
        <translation>以市价买入 %3，将 %1 的 %2 空头反手为 %2 多头？</translation>
    </message>
    <message>
        <source>Reverse the %1 long of %2 into a short of %2 with a market sell of %3?</source>
        <translation>以市价卖出 %3，将 %1 的 %2 多头反手为 %2 空头？</translation>
    </message>
    <message>
        <source>Reverse position</source>
        <translation>反手</translation>
    </message>
    <message>
        <source>Reversing %1…</source>
        <translation>正在反手 %1…</translation>
    </message>
    <message>
        <source>Amend of %1 not sent: the lot and tick of %2 are not known yet.</source>
        <translation>%1 的改单未发送：%2 的最小数量单位和最小价格变动尚未知。</translation>
    </message>
    <message>
        <source>Amend of %1 not sent: %2 is not a positive multiple of the tick %3.</source>
        <translation>%1 的改单未发送：%2 不是最小价格变动 %3 的正整数倍。</translation>
    </message>
    <message>
        <source>Amend of %1 not sent: %2 is not a positive multiple of the lot %3.</source>
        <translation>%1 的改单未发送：%2 不是最小数量单位 %3 的正整数倍。</translation>
    </message>
    <message>
        <source>The kill switch is not available: %1</source>
        <translation>紧急停止不可用：%1</translation>
    </message>
    <message>
        <source>on the daemon %1</source>
        <translation>在守护进程 %1 上</translation>
    </message>
    <message>
        <source>in this program</source>
        <translation>在本程序中</translation>
    </message>
    <message>
        <source>Engage the kill switch %1?

Every open order is cancelled, every position is closed with reduce-only market orders, and new orders are refused until the kill switch is reset.</source>
        <translation>%1启动紧急停止？

所有未完成订单将被撤销，所有仓位将以只减仓市价单平仓，在紧急停止重置之前将拒绝新订单。</translation>
    </message>
    <message>
        <source>Kill switch engaged on the host: %1</source>
        <translation>已在主机上启动紧急停止：%1</translation>
    </message>
    <message>
        <source>The host refused the kill switch: %1</source>
        <translation>主机拒绝了紧急停止：%1</translation>
    </message>
    <message>
        <source>Remote host %1: %2</source>
        <translation>远程主机 %1：%2</translation>
    </message>
    <message>
        <source>Reading the desk of %1…</source>
        <translation>正在读取 %1 的交易台…</translation>
    </message>
    <message>
        <source>no trading desk on this host</source>
        <translation>此主机没有交易台</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::WarningsModel</name>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>调试</translation>
    </message>
    <message>
        <source>%1
Template: %2</source>
        <translation>%1
模板：%2</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/分钟</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>最近一分钟</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后出现</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>示例</translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n 个值</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
As logged: %2</source>
        <translation>%1
日志原文：%2</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::WarningsView</name>
    <message>
        <source>Filter by code, key or message</source>
        <translation>按代码、键或消息筛选</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有严重级别</translation>
    </message>
    <message>
        <source>Notice and worse</source>
        <translation>通知及以上</translation>
    </message>
    <message>
        <source>Warnings and worse</source>
        <translation>警告及以上</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>No warnings so far.</source>
        <translation>目前没有警告。</translation>
    </message>
    <message>
        <source>%1 warning groups, %2 occurrences; %3 shown with the current filter</source>
        <translation>%1 个警告组，共 %2 次；当前筛选显示 %3 个</translation>
    </message>
    <message>
        <source>Group by code</source>
        <translation>按代码分组</translation>
    </message>
    <message>
        <source>One row per warning code, with the connections, topics or symbols it concerns</source>
        <translation>每个警告代码一行，并列出其涉及的连接、主题或交易对</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::WorkstationViews</name>
    <message>
        <source>Log analysis</source>
        <translation>日志分析</translation>
    </message>
    <message>
        <source>Warning aggregation is not available from this data source.</source>
        <translation>此数据源不提供警告汇总。</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>信号</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Timeout History</source>
        <translation>超时历史</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Export &amp;Timeout History as CSV…</source>
        <translation>将超时历史导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Timeout History</source>
        <translation>导出超时历史</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;Warnings as CSV…</source>
        <translation>将警告导出为 CSV(&amp;W)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export Warnings</source>
        <translation>导出警告</translation>
    </message>
    <message>
        <source>Save Current &amp;Chart as PNG…</source>
        <translation>将当前图表保存为 PNG(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Show &amp;Market</source>
        <translation>显示市场(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show &amp;Signals</source>
        <translation>显示信号(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Show &amp;Connections</source>
        <translation>显示连接(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Show &amp;Timeout History</source>
        <translation>显示超时历史(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Show &amp;Warnings</source>
        <translation>显示警告(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Filter Current View</source>
        <translation>筛选当前视图(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>没有可保存的图表。</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>无法写入图像 %1。</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Export &amp;Orders as CSV…</source>
        <translation>将订单导出为 CSV(&amp;O)…</translation>
    </message>
    <message>
        <source>Export Orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <source>Export &amp;Positions as CSV…</source>
        <translation>将持仓导出为 CSV(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Positions</source>
        <translation>导出持仓</translation>
    </message>
    <message>
        <source>Export &amp;Fills as CSV…</source>
        <translation>将成交导出为 CSV(&amp;F)…</translation>
    </message>
    <message>
        <source>Export Fills</source>
        <translation>导出成交</translation>
    </message>
    <message>
        <source>Show T&amp;rading</source>
        <translation>显示交易(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>紧急停止</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Cancel every order, close every position and refuse new orders (Ctrl+Shift+K)</source>
        <translation>撤销所有订单、平掉所有持仓并拒绝新订单（Ctrl+Shift+K）</translation>
    </message>
    <message>
        <source>Order ticket: Buy side</source>
        <translation>订单票：买入方向</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Order ticket: Sell side</source>
        <translation>订单票：卖出方向</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>警报 (%1)</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>Kill switch not available: %1</source>
        <translation>紧急停止不可用：%1</translation>
    </message>
    <message>
        <source>No alerts from this data source</source>
        <translation>此数据源没有告警</translation>
    </message>
    <message>
        <source>Signal outcomes are not available from this source.</source>
        <translation>此数据源不提供信号结果。</translation>
    </message>
</context>
</TS>
