<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>virtuoso::ui::AlertsModel</name>
    <message numerus="yes">
        <source>%n more like this</source>
        <translation>
            <numerusform>%n more like this</numerusform>
            <numerusform>%n more like this</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::AlertsView</name>
    <message numerus="yes">
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unacknowledged</numerusform>
            <numerusform>%n unacknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) failing</source>
        <translation>
            <numerusform>%n channel failing</numerusform>
            <numerusform>%n channels failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muted key(s)</source>
        <translation>
            <numerusform>%n muted key</numerusform>
            <numerusform>%n muted keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ConnectionsModel</name>
    <message numerus="yes">
        <source>Recent (last %1 s): p50 %2, p99 %3, max %4 over %n message(s)</source>
        <translation>
            <numerusform>Recent (last %1 s): p50 %2, p99 %3, max %4 over %n message</numerusform>
            <numerusform>Recent (last %1 s): p50 %2, p99 %3, max %4 over %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Since start: p50 %1, p99 %2, max %3 over %n message(s)</source>
        <translation>
            <numerusform>Since start: p50 %1, p99 %2, max %3 over %n message</numerusform>
            <numerusform>Since start: p50 %1, p99 %2, max %3 over %n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::PerformanceView</name>
    <message numerus="yes">
        <source>%n signal(s): %1 closed, %2 open, %3 without a plan. Net %4 R, hit rate %5, average %6 R per trade.</source>
        <translation>
            <numerusform>%n signal: %1 closed, %2 open, %3 without a plan. Net %4 R, hit rate %5, average %6 R per trade.</numerusform>
            <numerusform>%n signals: %1 closed, %2 open, %3 without a plan. Net %4 R, hit rate %5, average %6 R per trade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TimeoutHistoryView</name>
    <message numerus="yes">
        <source>%n event(s) from %1</source>
        <translation>
            <numerusform>%n event from %1</numerusform>
            <numerusform>%n events from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries held, no incidents in this period</source>
        <translation>
            <numerusform>%n entry held, no incidents in this period</numerusform>
            <numerusform>%n entries held, no incidents in this period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries held; incidents (bursts of connection failures) at %1</source>
        <translation>
            <numerusform>%n entry held; incidents (bursts of connection failures) at %1</numerusform>
            <numerusform>%n entries held; incidents (bursts of connection failures) at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) arrived too fast to be shown</source>
        <translation>
            <numerusform>%n entry arrived too fast to be shown</numerusform>
            <numerusform>%n entries arrived too fast to be shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TradePlanner</name>
    <message numerus="yes">
        <source>No ATR yet: %n more closed %1 min bar(s) needed.</source>
        <translation>
            <numerusform>No ATR yet: %n more closed %1 min bar needed.</numerusform>
            <numerusform>No ATR yet: %n more closed %1 min bars needed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::WarningsModel</name>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
</context>
</TS>
