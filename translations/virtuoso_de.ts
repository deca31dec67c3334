<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertsView</name>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>the host is gone</source>
        <translation>der Host ist nicht mehr da</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>token file %1: %2</source>
        <translation>Token-Datei %1: %2</translation>
    </message>
    <message>
        <source>cannot read it (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>readable by others (mode %1); run: chmod 600 %2</source>
        <translation>für andere lesbar (Modus %1); ausführen: chmod 600 %2</translation>
    </message>
    <message>
        <source>the token must be at least 16 characters</source>
        <translation>der Token muss mindestens 16 Zeichen lang sein</translation>
    </message>
    <message>
        <source>the token must be printable ASCII without spaces</source>
        <translation>der Token muss aus druckbaren ASCII-Zeichen ohne Leerzeichen bestehen</translation>
    </message>
    <message>
        <source>certificate file %1: %2</source>
        <translation>Zertifikatsdatei %1: %2</translation>
    </message>
    <message>
        <source>certificate file %1: no PEM certificate in it</source>
        <translation>Zertifikatsdatei %1: enthält kein PEM-Zertifikat</translation>
    </message>
</context>
<context>
    <name>ChartAxes</name>
    <message>
        <source>d MMM</source>
        <extracomment>A date without the year on a chart axis or caption (QDate format: d day, MMM month name).</extracomment>
        <translation>d. MMM</translation>
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
        <translation>untätig</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>subscribing</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>backoff</source>
        <translation>Backoff (wartet auf Neuverbindung)</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>shutdown</source>
        <translation>Herunterfahren</translation>
    </message>
    <message>
        <source>symbol set changed</source>
        <translation>Symbolliste geändert</translation>
    </message>
    <message>
        <source>retry %1 after %2 ms</source>
        <translation>Versuch %1 nach %2 ms</translation>
    </message>
    <message>
        <source>%1; retry %2 in %3 ms</source>
        <translation>%1; Versuch %2 in %3 ms</translation>
    </message>
    <message>
        <source>connect timeout after %1 ms</source>
        <translation>Verbindungsaufbau nach %1 ms abgebrochen</translation>
    </message>
    <message>
        <source>no WebSocket handshake with %1</source>
        <translation>kein WebSocket-Handshake mit %1</translation>
    </message>
    <message>
        <source>no pong within %1 ms</source>
        <translation>kein Pong innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>no pong to ping %1</source>
        <translation>kein Pong auf Ping %1</translation>
    </message>
    <message>
        <source>no answer to subscribe %1</source>
        <translation>keine Antwort auf Abonnement %1</translation>
    </message>
    <message>
        <source>subscribe not acknowledged within %1 ms</source>
        <translation>Abonnement nicht innerhalb von %1 ms bestätigt</translation>
    </message>
    <message>
        <source>no data on any of %1 topics for %2 ms (%3 is stale after %4 ms)</source>
        <translation>keine Daten auf allen %1 Topics seit %2 ms (%3 gilt nach %4 ms als veraltet)</translation>
    </message>
    <message>
        <source>no data on any topic for %1 ms</source>
        <translation>keine Daten auf irgendeinem Topic seit %1 ms</translation>
    </message>
    <message>
        <source>no data for %1 ms (expected every %2 ms)</source>
        <translation>keine Daten seit %1 ms (erwartet alle %2 ms)</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>keine Daten seit %1 s</translation>
    </message>
    <message>
        <source>no data on %1</source>
        <translation>keine Daten auf %1</translation>
    </message>
    <message>
        <source>stale stream</source>
        <translation>veralteter Stream</translation>
    </message>
    <message>
        <source>data resumed</source>
        <translation>Daten fließen wieder</translation>
    </message>
    <message>
        <source>data resumed on %1</source>
        <translation>Daten fließen wieder auf %1</translation>
    </message>
    <message>
        <source>connected; subscribing %1 topics</source>
        <translation>verbunden; abonniere %1 Topics</translation>
    </message>
    <message>
        <source>connect to %1 failed: %2</source>
        <translation>Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>connect failed: %1</source>
        <translation>Verbindungsaufbau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>hand-over queue full</source>
        <translation>Übergabewarteschlange voll</translation>
    </message>
    <message>
        <source>subscription refused</source>
        <translation>Abonnement abgelehnt</translation>
    </message>
    <message>
        <source>subscription rejected by the exchange: %1</source>
        <translation>Abonnement von der Börse abgelehnt: %1</translation>
    </message>
    <message>
        <source>subscribed %1 topics, %2 rejected</source>
        <translation>%1 Topics abonniert, %2 abgelehnt</translation>
    </message>
    <message>
        <source>subscribed %1 topics</source>
        <translation>%1 Topics abonniert</translation>
    </message>
    <message>
        <source>resubscribing for a fresh snapshot: %1</source>
        <translation>neues Abonnement für einen frischen Snapshot: %1</translation>
    </message>
    <message>
        <source>update id gap</source>
        <translation>Lücke in den Update-IDs</translation>
    </message>
    <message>
        <source>crossed book</source>
        <translation>gekreuztes Orderbuch</translation>
    </message>
    <message>
        <source>undecodable book message</source>
        <translation>nicht lesbare Orderbuch-Nachricht</translation>
    </message>
    <message>
        <source>no response within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>repeated connection failures</source>
        <translation>wiederholte Verbindungsfehler</translation>
    </message>
    <message>
        <source>%1 message(s) took longer than %2 ms from socket to market state</source>
        <translation>%1 Nachricht(en) brauchten länger als %2 ms vom Socket bis zum Marktzustand</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>fetching instruments</source>
        <translation>lade Instrumente</translation>
    </message>
    <message>
        <source>instruments unavailable (%1); retry in %2 ms</source>
        <translation>Instrumente nicht verfügbar (%1); neuer Versuch in %2 ms</translation>
    </message>
    <message>
        <source>streaming on 1 connection</source>
        <translation>Stream über 1 Verbindung</translation>
    </message>
    <message>
        <source>streaming on %1 connections</source>
        <translation>Stream über %1 Verbindungen</translation>
    </message>
    <message>
        <source>history %1/%2, %3 failed (done)</source>
        <translation>Historie %1/%2, %3 fehlgeschlagen (fertig)</translation>
    </message>
    <message>
        <source>history %1/%2, %3 failed</source>
        <translation>Historie %1/%2, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>history %1/%2 (done)</source>
        <translation>Historie %1/%2 (fertig)</translation>
    </message>
    <message>
        <source>history %1/%2</source>
        <translation>Historie %1/%2</translation>
    </message>
    <message>
        <source>embedded simulator</source>
        <translation>eingebetteter Simulator</translation>
    </message>
    <message>
        <source>Bybit: %1</source>
        <translation>Bybit: %1</translation>
    </message>
    <message>
        <source>no trades received</source>
        <translation>keine Trades empfangen</translation>
    </message>
    <message>
        <source>no order book received</source>
        <translation>kein Orderbuch empfangen</translation>
    </message>
    <message>
        <source>no funding rate received</source>
        <translation>keine Funding-Rate empfangen</translation>
    </message>
    <message>
        <source>no liquidations received</source>
        <translation>keine Liquidationen empfangen</translation>
    </message>
    <message>
        <source>no open-interest data received</source>
        <translation>keine Open-Interest-Daten empfangen</translation>
    </message>
    <message>
        <source>no long/short ratio received</source>
        <translation>kein Long/Short-Verhältnis empfangen</translation>
    </message>
    <message>
        <source>the order book has an empty side or awaits a resync</source>
        <translation>dem Orderbuch fehlt eine Seite oder es wartet auf eine Neusynchronisierung</translation>
    </message>
    <message>
        <source>warming up %1/%2</source>
        <translation>Aufwärmphase %1/%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Order flow</source>
        <translation>Orderflow</translation>
    </message>
    <message>
        <source>Order book</source>
        <translation>Orderbuch</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Price structure</source>
        <translation>Preisstruktur</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Absorption</source>
        <translation>Absorption</translation>
    </message>
    <message>
        <source>A/D line</source>
        <translation>A/D-Linie</translation>
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
        <translation>Awesome-Oszillator</translation>
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
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Fair value gaps</source>
        <translation>Fair-Value-Lücken</translation>
    </message>
    <message>
        <source>Funding rate</source>
        <translation>Funding-Rate</translation>
    </message>
    <message>
        <source>Imbalance</source>
        <translation>Ungleichgewicht</translation>
    </message>
    <message>
        <source>Large trades</source>
        <translation>Große Trades</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>Liquidationen</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidität</translation>
    </message>
    <message>
        <source>Long/short ratio</source>
        <translation>Long/Short-Verhältnis</translation>
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
        <translation>Offene Positionen</translation>
    </message>
    <message>
        <source>Order imbalance ratio</source>
        <translation>Order-Ungleichgewicht</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Range position</source>
        <translation>Position in der Spanne</translation>
    </message>
    <message>
        <source>Relative volume</source>
        <translation>Relatives Volumen</translation>
    </message>
    <message>
        <source>RSI</source>
        <translation>RSI</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Structure breaks</source>
        <translation>Strukturbrüche</translation>
    </message>
    <message>
        <source>Support/resistance</source>
        <translation>Unterstützung/Widerstand</translation>
    </message>
    <message>
        <source>Trade flow imbalance</source>
        <translation>Ungleichgewicht im Handelsfluss</translation>
    </message>
    <message>
        <source>Trend position</source>
        <translation>Trendposition</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilität</translation>
    </message>
    <message>
        <source>Volume delta</source>
        <translation>Volumendelta</translation>
    </message>
    <message>
        <source>Volume profile</source>
        <translation>Volumenprofil</translation>
    </message>
    <message>
        <source>VWAP</source>
        <translation>VWAP</translation>
    </message>
    <message>
        <source>Williams %R</source>
        <translation>Williams %R</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1 (connection slot in %2 ms)</source>
        <translation>%1 (Verbindungsplatz in %2 ms)</translation>
    </message>
    <message>
        <source>absorbed buys</source>
        <translation>absorbierte Käufe</translation>
    </message>
    <message>
        <source>absorbed sells</source>
        <translation>absorbierte Verkäufe</translation>
    </message>
    <message>
        <source>ask quantity</source>
        <translation>Briefmenge</translation>
    </message>
    <message>
        <source>ATR %</source>
        <translation>ATR %</translation>
    </message>
    <message>
        <source>band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>bars since</source>
        <translation>Balken seitdem</translation>
    </message>
    <message>
        <source>baseline ATR %</source>
        <translation>Basis-ATR %</translation>
    </message>
    <message>
        <source>bearish gaps</source>
        <translation>bärische Lücken</translation>
    </message>
    <message>
        <source>bid quantity</source>
        <translation>Geldmenge</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>bullish gaps</source>
        <translation>bullische Lücken</translation>
    </message>
    <message>
        <source>buy trades</source>
        <translation>Kauf-Trades</translation>
    </message>
    <message>
        <source>buy volume</source>
        <translation>Kaufvolumen</translation>
    </message>
    <message>
        <source>close</source>
        <translation>Schluss</translation>
    </message>
    <message>
        <source>count 1m</source>
        <translation>Anzahl 1m</translation>
    </message>
    <message>
        <source>count 5m</source>
        <translation>Anzahl 5m</translation>
    </message>
    <message>
        <source>CVD slope</source>
        <translation>CVD-Steigung</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>funding rate</source>
        <translation>Funding-Rate</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>large buy volume</source>
        <translation>großes Kaufvolumen</translation>
    </message>
    <message>
        <source>large sell volume</source>
        <translation>großes Verkaufsvolumen</translation>
    </message>
    <message>
        <source>long notional</source>
        <translation>Long-Nominalwert</translation>
    </message>
    <message>
        <source>long/short ratio</source>
        <translation>Long/Short-Verhältnis</translation>
    </message>
    <message>
        <source>microprice</source>
        <translation>Mikropreis</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>move</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>net volume</source>
        <translation>Nettovolumen</translation>
    </message>
    <message>
        <source>OI change</source>
        <translation>OI-Änderung</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>POC</source>
        <translation>POC</translation>
    </message>
    <message>
        <source>price change</source>
        <translation>Preisänderung</translation>
    </message>
    <message>
        <source>prior high</source>
        <translation>vorheriges Hoch</translation>
    </message>
    <message>
        <source>prior low</source>
        <translation>vorheriges Tief</translation>
    </message>
    <message>
        <source>range high</source>
        <translation>Spannenhoch</translation>
    </message>
    <message>
        <source>range low</source>
        <translation>Spannentief</translation>
    </message>
    <message>
        <source>resistance</source>
        <translation>Widerstand</translation>
    </message>
    <message>
        <source>resistance touches</source>
        <translation>Berührungen des Widerstands</translation>
    </message>
    <message>
        <source>sell trades</source>
        <translation>Verkaufs-Trades</translation>
    </message>
    <message>
        <source>sell volume</source>
        <translation>Verkaufsvolumen</translation>
    </message>
    <message>
        <source>share of volume</source>
        <translation>Anteil am Volumen</translation>
    </message>
    <message>
        <source>short notional</source>
        <translation>Short-Nominalwert</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>spread (bp)</source>
        <translation>Spread (bp)</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>support touches</source>
        <translation>Berührungen der Unterstützung</translation>
    </message>
    <message>
        <source>swept high</source>
        <translation>überschrittenes Hoch</translation>
    </message>
    <message>
        <source>swept low</source>
        <translation>unterschrittenes Tief</translation>
    </message>
    <message>
        <source>traded</source>
        <translation>gehandelt</translation>
    </message>
    <message>
        <source>value area high</source>
        <translation>Value-Area-Hoch</translation>
    </message>
    <message>
        <source>value area low</source>
        <translation>Value-Area-Tief</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>volume per bar</source>
        <translation>Volumen je Balken</translation>
    </message>
    <message>
        <source>weighted ask</source>
        <translation>gewichteter Brief</translation>
    </message>
    <message>
        <source>weighted bid</source>
        <translation>gewichtetes Geld</translation>
    </message>
    <message>
        <source>reduce-only buy of %1 lots would not reduce the position of %2 lots</source>
        <translation>Nur-reduzieren-Kauf von %1 Lots würde die Position von %2 Lots nicht verringern</translation>
    </message>
    <message>
        <source>reduce-only sell of %1 lots would not reduce the position of %2 lots</source>
        <translation>Nur-reduzieren-Verkauf von %1 Lots würde die Position von %2 Lots nicht verringern</translation>
    </message>
    <message>
        <source>the kill switch is engaged: only reduce-only orders until it is reset</source>
        <translation>Notaus ist aktiv: bis zum Zurücksetzen nur Nur-reduzieren-Aufträge</translation>
    </message>
    <message>
        <source>today&apos;s loss %1 has reached the daily limit %2</source>
        <translation>der heutige Verlust %1 hat das Tageslimit %2 erreicht</translation>
    </message>
    <message>
        <source>no mark price for %1 yet: the limits cannot be checked</source>
        <translation>noch kein Markpreis für %1: die Limits können nicht geprüft werden</translation>
    </message>
    <message>
        <source>order notional %1 exceeds the limit %2</source>
        <translation>Auftragswert %1 überschreitet das Limit %2</translation>
    </message>
    <message>
        <source>limit price %1 is %2 % from the mark %3; the band is %4 %</source>
        <translation>Limitpreis %1 liegt %2 % vom Markpreis %3 entfernt; das Band ist %4 %</translation>
    </message>
    <message>
        <source>total position after the order %1 exceeds the limit %2</source>
        <translation>Gesamtposition nach dem Auftrag %1 überschreitet das Limit %2</translation>
    </message>
    <message>
        <source>%1 position after the order %2 exceeds the limit %3</source>
        <translation>Position %1 nach dem Auftrag %2 überschreitet das Limit %3</translation>
    </message>
    <message>
        <source>%1 orders are open; the limit is %2</source>
        <translation>%1 Aufträge sind offen; das Limit ist %2</translation>
    </message>
    <message>
        <source>%1 orders in the last second; the limit is %2</source>
        <translation>%1 Aufträge in der letzten Sekunde; das Limit ist %2</translation>
    </message>
    <message>
        <source>no answer to subscribe %1 (%2 topics, first %3)</source>
        <translation>keine Antwort auf Abonnement %1 (%2 Topics, zuerst %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 signal is long</source>
        <translation>Signal %1 ist long</translation>
    </message>
    <message>
        <source>%1 signal is short</source>
        <translation>Signal %1 ist short</translation>
    </message>
    <message>
        <source>%1 left the long zone</source>
        <translation>%1 hat die Long-Zone verlassen</translation>
    </message>
    <message>
        <source>%1 left the short zone</source>
        <translation>%1 hat die Short-Zone verlassen</translation>
    </message>
    <message>
        <source>%1 large buy: %2 USDT</source>
        <translation>%1 großer Kauf: %2 USDT</translation>
    </message>
    <message>
        <source>%1 large sell: %2 USDT</source>
        <translation>%1 großer Verkauf: %2 USDT</translation>
    </message>
    <message>
        <source>%1 long liquidation: %2 USDT</source>
        <translation>%1 Long-Liquidation: %2 USDT</translation>
    </message>
    <message>
        <source>%1 short liquidation: %2 USDT</source>
        <translation>%1 Short-Liquidation: %2 USDT</translation>
    </message>
    <message>
        <source>Liquidations: %1 USDT in %2 min across symbols</source>
        <translation>Liquidationen aller Symbole: %1 USDT in %2 min</translation>
    </message>
    <message>
        <source>%1 liquidations: %2 USDT in %3 min</source>
        <translation>%1 Liquidationen: %2 USDT in %3 min</translation>
    </message>
    <message>
        <source>%1 crossed %2 upward</source>
        <translation>%1 steigt über %2</translation>
    </message>
    <message>
        <source>%1 crossed %2 downward</source>
        <translation>%1 fällt unter %2</translation>
    </message>
    <message>
        <source>%1 stale or reconnecting for %2 s</source>
        <translation>%1 seit %2 s veraltet oder im Neuaufbau</translation>
    </message>
    <message>
        <source>%1 is live again</source>
        <translation>%1 ist wieder live</translation>
    </message>
    <message>
        <source>%1 timeouts within %2 s</source>
        <translation>%1 Timeouts innerhalb von %2 s</translation>
    </message>
    <message>
        <source>%1 handler latency %2 ms (limit %3 ms)</source>
        <translation>Handler-Latenz von %1 bei %2 ms (Limit %3 ms)</translation>
    </message>
    <message>
        <source>%1 handler latency back to %2 ms</source>
        <translation>Handler-Latenz von %1 wieder bei %2 ms</translation>
    </message>
    <message>
        <source>Memory %1 MB (limit %2 MB)</source>
        <translation>Speicher %1 MB (Limit %2 MB)</translation>
    </message>
    <message>
        <source>Memory back to %1 MB</source>
        <translation>Speicher wieder bei %1 MB</translation>
    </message>
    <message>
        <source>Daily loss at %1 % of its limit</source>
        <translation>Tagesverlust bei %1 % des Limits</translation>
    </message>
    <message>
        <source>Daily loss back to %1 % of its limit</source>
        <translation>Tagesverlust wieder bei %1 % des Limits</translation>
    </message>
    <message>
        <source>Test alert: %1 reaches this channel</source>
        <translation>Testalarm: %1 erreicht diesen Kanal</translation>
    </message>
    <message>
        <source>The exchange banned this IP: REST paused for %1 s</source>
        <translation>Die Börse hat diese IP gesperrt: REST für %1 s pausiert</translation>
    </message>
    <message>
        <source>Order rejected: %1 %2 %3 — %4</source>
        <translation>Order abgelehnt: %1 %2 %3 — %4</translation>
    </message>
    <message>
        <source>Filled: %1 %2 %3 at %4</source>
        <translation>Ausgeführt: %1 %2 %3 zu %4</translation>
    </message>
    <message>
        <source>Kill switch engaged: %1</source>
        <translation>Notaus ausgelöst: %1</translation>
    </message>
    <message>
        <source>risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>%1 connections timed out together at %2 UTC — likely network (%3)</source>
        <translation>%1 Verbindungen zugleich mit Zeitüberschreitung um %2 UTC — wahrscheinlich das Netzwerk (%3)</translation>
    </message>
    <message>
        <source>the connectivity probe failed at %1 UTC (%2 events)</source>
        <translation>die Verbindungsprüfung schlug um %1 UTC fehl (%2 Ereignisse)</translation>
    </message>
    <message>
        <source>isolated failure of %1 at %2 UTC</source>
        <translation>einzelner Ausfall von %1 um %2 UTC</translation>
    </message>
    <message>
        <source>%1 failures of %2 alone from %3 UTC</source>
        <translation>%1 Ausfälle nur von %2 ab %3 UTC</translation>
    </message>
    <message>
        <source>and %1 more like this in %2 min</source>
        <translation>und %1 weitere dieser Art in %2 min</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>likely network</source>
        <translation>wahrscheinlich das Netzwerk</translation>
    </message>
    <message>
        <source>failed probe</source>
        <translation>fehlgeschlagene Verbindungsprüfung</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>Einzelfall</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 channel &apos;%2&apos;</source>
        <translation>%1-Kanal &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgewiesen</translation>
    </message>
    <message>
        <source>closed by the server</source>
        <translation>vom Server geschlossen</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <source>there is no channel &apos;%1&apos;</source>
        <translation>es gibt keinen Kanal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>channel &apos;%1&apos; is disabled (enabled = false)</source>
        <translation>Kanal &apos;%1&apos; ist abgeschaltet (enabled = false)</translation>
    </message>
    <message>
        <source>daily loss limit: %1 against the limit %2</source>
        <translation>Tagesverlustlimit: %1 gegenüber dem Limit %2</translation>
    </message>
    <message>
        <source>the private stream has been down for %1 s (%2)</source>
        <translation>der private Stream ist seit %1 s unterbrochen (%2)</translation>
    </message>
    <message>
        <source>operator (workstation)</source>
        <translation>Bediener (Workstation)</translation>
    </message>
    <message>
        <source>operator (workstation screenshots)</source>
        <translation>Bediener (Workstation-Screenshots)</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>authenticating</source>
        <translation>authentifiziert sich</translation>
    </message>
    <message>
        <source>retry in %1 ms</source>
        <translation>neuer Versuch in %1 ms</translation>
    </message>
    <message>
        <source>no answer to auth within %1 ms</source>
        <translation>keine Antwort auf die Authentifizierung innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>no answer to subscribe within %1 ms</source>
        <translation>keine Antwort auf das Abonnement innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>subscription refused: %1</source>
        <translation>Abonnement abgelehnt: %1</translation>
    </message>
    <message>
        <source>subscribed %1</source>
        <translation>abonniert: %1</translation>
    </message>
    <message>
        <source>authentication refused by the exchange: %1 (check the API key, its secret and its permissions)</source>
        <translation>Authentifizierung von der Börse abgelehnt: %1 (API-Schlüssel, Secret und Berechtigungen prüfen)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Long at</source>
        <translation>Long ab</translation>
    </message>
    <message>
        <source>Short at</source>
        <translation>Short ab</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>Nominalwert</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Preismarke</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Down for</source>
        <translation>Ausgefallen seit</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Ausgeschöpft</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Paused for</source>
        <translation>Pausiert für</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Offene Orders</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>HTTP 403 (IP ban): REST paused</source>
        <translation>HTTP 403 (IP-Sperre): REST pausiert</translation>
    </message>
    <message>
        <source>IP banned by the exchange (HTTP 403); REST paused for %1 s</source>
        <translation>IP von der Börse gesperrt (HTTP 403); REST für %1 s pausiert</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>no reply from %1 within %2 ms</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>%1 to %2 failed: %3</source>
        <translation>%1 zu %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 requests</source>
        <translation>%1: %2 von %3 Anfragen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3: %4</source>
        <translation>%1: %2 → %3: %4</translation>
    </message>
    <message>
        <source>private stream: %1 -&gt; %2: %3</source>
        <translation>privater Stream: %1 → %2: %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>subscribing</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <source>backoff</source>
        <translation>Backoff (wartet auf Neuverbindung)</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>%1: %2 (%3 undecodable messages so far)</source>
        <translation>%1: %2 (bisher %3 nicht lesbare Nachrichten)</translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation>fehlerhaftes JSON</translation>
    </message>
    <message>
        <source>unexpected message shape</source>
        <translation>unerwarteter Nachrichtenaufbau</translation>
    </message>
    <message>
        <source>unknown topic</source>
        <translation>unbekanntes Topic</translation>
    </message>
    <message>
        <source>unknown instrument</source>
        <translation>unbekanntes Instrument</translation>
    </message>
    <message>
        <source>bad number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>frame too large</source>
        <translation>Frame zu groß</translation>
    </message>
    <message>
        <source>decode error</source>
        <translation>Dekodierfehler</translation>
    </message>
    <message>
        <source>not listed as linear instruments by the exchange: %1</source>
        <translation>von der Börse nicht als lineare Instrumente geführt: %1</translation>
    </message>
    <message>
        <source>instrument catalog: %1; retry in %2 ms</source>
        <translation>Instrumentenkatalog: %1; neuer Versuch in %2 ms</translation>
    </message>
    <message>
        <source>hand-over queue of %1 messages is full; %2 frames dropped so far; their books are resynced</source>
        <translation>Übergabewarteschlange mit %1 Nachrichten ist voll; bisher %2 Frames verworfen; ihre Orderbücher werden neu synchronisiert</translation>
    </message>
    <message>
        <source>HTTP 403 from %1: the exchange banned this IP; all REST requests stop for %2 s</source>
        <translation>HTTP 403 von %1: die Börse hat diese IP gesperrt; alle REST-Anfragen ruhen für %2 s</translation>
    </message>
    <message>
        <source>the embedded simulator simulates the built-in instruments and the symbols it started with; %1 will stream after a restart</source>
        <translation>der eingebettete Simulator simuliert die eingebauten Instrumente und die Symbole, mit denen er gestartet wurde; %1 werden erst nach einem Neustart gestreamt</translation>
    </message>
    <message>
        <source>trading is off: %1</source>
        <translation>Handel ist aus: %1</translation>
    </message>
    <message>
        <source>alerts are off: %1</source>
        <translation>Alarme sind aus: %1</translation>
    </message>
    <message>
        <source>alert rules kept as they were: %1</source>
        <translation>Alarmregeln unverändert beibehalten: %1</translation>
    </message>
    <message>
        <source>signal outcomes are tracked but not kept: %1</source>
        <translation>Signalergebnisse werden verfolgt, aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>signal outcomes not written: %1</source>
        <translation>Signalergebnisse nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>an event loop is not responding; watchdog ping withheld</source>
        <translation>eine Ereignisschleife reagiert nicht; Watchdog-Ping zurückgehalten</translation>
    </message>
    <message>
        <source>kill switch engaged: %1</source>
        <translation>Notaus ausgelöst: %1</translation>
    </message>
    <message>
        <source>disconnect protection not enabled: %1</source>
        <translation>Trennungsschutz nicht aktiviert: %1</translation>
    </message>
    <message>
        <source>HTTP 403 on %1: the exchange banned this IP; private REST stops for %2 s</source>
        <translation>HTTP 403 bei %1: die Börse hat diese IP gesperrt; privates REST ruht für %2 s</translation>
    </message>
    <message>
        <source>retCode 10002 on %1 (%2): re-syncing the clock and sending once more</source>
        <translation>retCode 10002 bei %1 (%2): Uhr wird neu abgeglichen und die Anfrage noch einmal gesendet</translation>
    </message>
    <message>
        <source>%1; requests go with the last known offset (%2 ms)</source>
        <translation>%1; Anfragen gehen mit dem zuletzt bekannten Zeitversatz (%2 ms) hinaus</translation>
    </message>
    <message>
        <source>history write failed, will retry: %1</source>
        <translation>Schreiben der Historie fehlgeschlagen, neuer Versuch folgt: %1</translation>
    </message>
    <message>
        <source>history database %1 cannot be used: %2; running without history (fix the file or its directory, or set store.path)</source>
        <translation>Historiendatenbank %1 ist nicht nutzbar: %2; Betrieb ohne Historie (Datei oder Verzeichnis reparieren oder store.path setzen)</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed (Debian package libqt6sql6-sqlite); running without history</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert (Debian-Paket libqt6sql6-sqlite); Betrieb ohne Historie</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed (Debian package libqt6sql6-sqlite); there is no audit log</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert (Debian-Paket libqt6sql6-sqlite); es gibt kein Audit-Log</translation>
    </message>
    <message>
        <source>cannot create directory %1</source>
        <translation>Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create it with mode 0600: %1</source>
        <translation>kann nicht mit Modus 0600 angelegt werden: %1</translation>
    </message>
    <message>
        <source>the audit log %1 cannot be used: %2</source>
        <translation>das Audit-Log %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>the alert journal %1 cannot be used: %2</source>
        <translation>das Alarmjournal %1 ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>the audit log %1 is damaged or not an SQLite database (%2); move it aside and keep it for inspection — a new log is created in its place</source>
        <translation>das Audit-Log %1 ist beschädigt oder keine SQLite-Datenbank (%2); zur Seite legen und für eine Prüfung aufbewahren — an seiner Stelle wird ein neues Log angelegt</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an audit log; name another file</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Audit-Log; eine andere Datei angeben</translation>
    </message>
    <message>
        <source>the audit log is not open</source>
        <translation>das Audit-Log ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the audit log refused a credential: %1 (%2 row) looked like one and was recorded as [redacted]</source>
        <translation>das Audit-Log hat Zugangsdaten abgewiesen: %1 (Zeile %2) sah danach aus und wurde als [redacted] gespeichert</translation>
    </message>
    <message>
        <source>the audit log refused a credential: %1 (%2 row) is named like one and was recorded as [redacted]</source>
        <translation>das Audit-Log hat Zugangsdaten abgewiesen: %1 (Zeile %2) ist danach benannt und wurde als [redacted] gespeichert</translation>
    </message>
    <message>
        <source>rule %1 names no channel %2</source>
        <translation>Regel %1 nennt keinen Kanal %2</translation>
    </message>
    <message>
        <source>%1 failed %2 times (%3); its alerts stay queued and journaled</source>
        <translation>%1 ist %2-mal fehlgeschlagen (%3); seine Alarme bleiben eingereiht und im Journal</translation>
    </message>
    <message>
        <source>recording stopped: cannot write %1: %2</source>
        <translation>Aufzeichnung angehalten: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>outgoing backlog above %1 bytes; dropping the connection</source>
        <translation>ausgehender Rückstau über %1 Bytes; Verbindung wird getrennt</translation>
    </message>
    <message>
        <source>socket backlog above %1 bytes; dropping the connection</source>
        <translation>Socket-Rückstau über %1 Bytes; Verbindung wird getrennt</translation>
    </message>
    <message>
        <source>scripted fault %1 not fired: %2</source>
        <translation>geplanter Fehler %1 nicht ausgelöst: %2</translation>
    </message>
    <message>
        <source>trading.auto_paper is on but signal outcomes are off: they are kept with the history ([store] enabled)</source>
        <translation>trading.auto_paper ist an, aber Signal-Ergebnisse sind aus: sie werden mit dem Verlauf gespeichert ([store] enabled)</translation>
    </message>
    <message>
        <source>trading.auto_paper is on but trading.venue is not paper: auto-paper trades only on the paper venue</source>
        <translation>trading.auto_paper ist an, aber trading.venue ist nicht paper: Auto-Paper handelt nur auf dem Papierkonto</translation>
    </message>
    <message>
        <source>trading.auto_paper is on but trading is not running</source>
        <translation>trading.auto_paper ist an, aber der Handel läuft nicht</translation>
    </message>
    <message>
        <source>%1: %2; %3; %4</source>
        <translation>%1: %2; %3; %4</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>%1 lines from %2 to %3</source>
        <translation>%1 Zeilen von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 errors in %2 patterns, %3 incidents</source>
        <translation>%1 Fehler in %2 Mustern, %3 Vorfälle</translation>
    </message>
    <message>
        <source>%1 warnings (%2 expected).%3</source>
        <translation>%1 Warnungen (%2 erwartet).%3</translation>
    </message>
    <message>
        <source> Most frequent error: &quot;%1&quot; ×%2 on %3.</source>
        <translation> Häufigster Fehler: „%1“ ×%2 auf %3.</translation>
    </message>
    <message>
        <source> Most frequent error: &quot;%1&quot; ×%2.</source>
        <translation> Häufigster Fehler: „%1“ ×%2.</translation>
    </message>
    <message>
        <source>No entries match the filters (%1 read).</source>
        <translation>Keine Einträge passen zu den Filtern (%1 gelesen).</translation>
    </message>
    <message>
        <source>No readable log entries.</source>
        <translation>Keine lesbaren Protokolleinträge.</translation>
    </message>
    <message>
        <source>%1; the paper account&apos;s latest changes would not survive a restart</source>
        <translation>%1; die letzten Änderungen des Papierkontos würden einen Neustart nicht überstehen</translation>
    </message>
    <message>
        <source>the paper account is saved again</source>
        <translation>das Papierkonto wird wieder gespeichert</translation>
    </message>
    <message>
        <source>the last change in %1 was cut off and is left out (%2)</source>
        <translation>die letzte Änderung in %1 wurde abgeschnitten und ausgelassen (%2)</translation>
    </message>
    <message>
        <source>%1&apos;s tick or lot size is %2 / %3 now and was %4 / %5 when the paper account was saved; paper orders in %6 are refused</source>
        <translation>Tick- oder Losgröße von %1 ist jetzt %2 / %3 und war %4 / %5, als das Papierkonto gespeichert wurde; Papierorders in %6 werden abgelehnt</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DataFreshness</name>
    <message>
        <source>stale connections: %1</source>
        <translation>veraltete Verbindungen: %1</translation>
    </message>
    <message>
        <source>stale symbols: %1</source>
        <translation>veraltete Symbole: %1</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source>k</source>
        <translation>Tsd.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>Bio.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A number with a unit suffix: %1 the number, %2 k, M, B or T.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>NetworkError</name>
    <message>
        <source>the daemon wants a valid API token (HTTP 401): check the token file</source>
        <translation>der Daemon verlangt ein gültiges API-Token (HTTP 401): Token-Datei prüfen</translation>
    </message>
    <message>
        <source>the daemon refused access (HTTP 403)</source>
        <translation>der Daemon verweigert den Zugriff (HTTP 403)</translation>
    </message>
    <message>
        <source>no monitoring API at this address (HTTP 404): is it a Virtuoso daemon?</source>
        <translation>unter dieser Adresse gibt es keine Überwachungs-API (HTTP 404): ist es ein Virtuoso-Daemon?</translation>
    </message>
    <message>
        <source>the daemon asks to slow down (HTTP 429); retrying</source>
        <translation>der Daemon bittet um weniger Anfragen (HTTP 429); neuer Versuch folgt</translation>
    </message>
    <message>
        <source>the daemon is not ready (HTTP 503); retrying</source>
        <translation>der Daemon ist noch nicht bereit (HTTP 503); neuer Versuch folgt</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>the daemon refused the connection (HTTP %1)</source>
        <translation>der Daemon lehnt die Verbindung ab (HTTP %1)</translation>
    </message>
    <message>
        <source>connection refused: is the daemon running and its API listening on this port?</source>
        <translation>Verbindung abgelehnt: läuft der Daemon und lauscht seine API auf diesem Port?</translation>
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation>der Daemon hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>host not found: check the address</source>
        <translation>Host nicht gefunden: Adresse prüfen</translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>the network is unreachable</source>
        <translation>das Netzwerk ist nicht erreichbar</translation>
    </message>
    <message>
        <source>TLS handshake failed: check the certificate (--ca-file) and that the daemon speaks https</source>
        <translation>TLS-Handshake fehlgeschlagen: Zertifikat (--ca-file) prüfen und ob der Daemon https spricht</translation>
    </message>
    <message>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <source>the proxy could not be used</source>
        <translation>der Proxy konnte nicht verwendet werden</translation>
    </message>
    <message>
        <source>not an http:// or https:// address</source>
        <translation>keine http://- oder https://-Adresse</translation>
    </message>
</context>
<context>
    <name>OutcomeReader</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>is not a text</source>
        <translation>ist kein Text</translation>
    </message>
    <message>
        <source>is too long</source>
        <translation>ist zu lang</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>has more entries than any host sends (%1, at most %2)</source>
        <translation>hat mehr Einträge, als ein Host sendet (%1, höchstens %2)</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>is not one of the documented values</source>
        <translation>ist keiner der dokumentierten Werte</translation>
    </message>
    <message>
        <source>is more than the count</source>
        <translation>ist größer als die Anzahl</translation>
    </message>
    <message>
        <source>is not a score range such as 70-75</source>
        <translation>ist kein Score-Bereich wie 70-75</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not a count of timeframes such as 3/4</source>
        <translation>ist keine Zeitrahmen-Zählung wie 3/4</translation>
    </message>
    <message>
        <source>does not hold three prices</source>
        <translation>enthält nicht drei Preise</translation>
    </message>
    <message>
        <source>is not positive</source>
        <translation>ist nicht positiv</translation>
    </message>
    <message>
        <source>does not hold three times</source>
        <translation>enthält nicht drei Zeiten</translation>
    </message>
    <message>
        <source>does not hold three returns</source>
        <translation>enthält nicht drei Renditen</translation>
    </message>
    <message>
        <source>is closed without a plan or an exit</source>
        <translation>ist geschlossen ohne Plan oder Ausstieg</translation>
    </message>
</context>
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
    <message>
        <source>Live trading</source>
        <translation>Live-Handel</translation>
    </message>
    <message>
        <source>Orders will go to Bybit mainnet with real money.
Type %1 to trade live in this session; anything else starts the workstation with trading off.</source>
        <translation>Aufträge gehen mit echtem Geld an das Bybit-Mainnet.
Geben Sie %1 ein, um in dieser Sitzung live zu handeln; alles andere startet die Workstation ohne Handel.</translation>
    </message>
</context>
<context>
    <name>RemoteHost</name>
    <message>
        <source>%1 is not a daemon address; give http(s)://host:port, e.g. http://127.0.0.1:8787</source>
        <translation>%1 ist keine Daemon-Adresse; geben Sie http(s)://host:port an, z. B. http://127.0.0.1:8787</translation>
    </message>
    <message>
        <source>no trading token is configured for %1</source>
        <translation>für %1 ist kein Handels-Token eingerichtet</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::AccountPanel</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Today&apos;s realised and unrealised loss against the daily loss limit; reaching it engages the kill switch.</source>
        <translation>Heutiger realisierter und unrealisierter Verlust gegenüber dem Tagesverlustlimit; wird es erreicht, löst der Notaus aus.</translation>
    </message>
    <message>
        <source>Initial margin of the positions and the open orders</source>
        <translation>Initial-Margin der Positionen und offenen Orders</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Margin in use</source>
        <translation>Gebundene Margin</translation>
    </message>
    <message>
        <source>Wallet balance</source>
        <translation>Wallet-Saldo</translation>
    </message>
    <message>
        <source>Unrealised PnL</source>
        <translation>Unrealisierter PnL</translation>
    </message>
    <message>
        <source>Realised PnL (session)</source>
        <translation>Realisierter PnL (Sitzung)</translation>
    </message>
    <message>
        <source>PnL today</source>
        <translation>PnL heute</translation>
    </message>
    <message>
        <source>Daily loss</source>
        <translation>Tagesverlust</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <source>Risk limits</source>
        <translation>Risikolimits</translation>
    </message>
    <message>
        <source>Order notional</source>
        <translation>Order-Nominalwert</translation>
    </message>
    <message>
        <source>Position notional</source>
        <translation>Positions-Nominalwert</translation>
    </message>
    <message>
        <source>Total notional</source>
        <translation>Gesamter Nominalwert</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Offene Orders</translation>
    </message>
    <message>
        <source>Orders per second</source>
        <translation>Orders pro Sekunde</translation>
    </message>
    <message>
        <source>Price band</source>
        <translation>Preisband</translation>
    </message>
    <message>
        <source>Daily loss limit</source>
        <translation>Tagesverlustlimit</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::AlertsModel</name>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Whale trade</source>
        <translation>Wal-Trade</translation>
    </message>
    <message>
        <source>Liquidation</source>
        <translation>Liquidation</translation>
    </message>
    <message>
        <source>Price level</source>
        <translation>Preismarke</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Timeout burst</source>
        <translation>Timeout-Häufung</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störfall</translation>
    </message>
    <message>
        <source>IP ban</source>
        <translation>IP-Sperre</translation>
    </message>
    <message>
        <source>Handler latency</source>
        <translation>Handler-Latenz</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Order rejected</source>
        <translation>Order abgelehnt</translation>
    </message>
    <message>
        <source>Order filled</source>
        <translation>Order ausgeführt</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Notaus</translation>
    </message>
    <message>
        <source>Daily loss</source>
        <translation>Tagesverlust</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message numerus="yes">
        <source>%n more like this</source>
        <translation>
            <numerusform>%n weiterer dieser Art</numerusform>
            <numerusform>%n weitere dieser Art</numerusform>
        </translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Zurückgehalten</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::AlertsView</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>Gestört</translation>
    </message>
    <message>
        <source>Acknowledge all</source>
        <translation>Alle bestätigen</translation>
    </message>
    <message>
        <source>Send test alert</source>
        <translation>Testalarm senden</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Liquidated 5 min</source>
        <translation>Liquidiert 5 min</translation>
    </message>
    <message>
        <source>Liquidated 1 h</source>
        <translation>Liquidiert 1 h</translation>
    </message>
    <message>
        <source>Liquidations 1 h</source>
        <translation>Liquidationen 1 h</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Warning and worse</source>
        <translation>Warnung und schlimmer</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritische</translation>
    </message>
    <message>
        <source>Sends one test alert through the selected channel and shows its delivery here</source>
        <translation>Sendet einen Testalarm über den gewählten Kanal und zeigt hier seine Zustellung</translation>
    </message>
    <message>
        <source>≥ </source>
        <translation>≥ </translation>
    </message>
    <message>
        <source>Trades and liquidations</source>
        <translation>Trades und Liquidationen</translation>
    </message>
    <message>
        <source>Trades</source>
        <translation>Trades</translation>
    </message>
    <message>
        <source>Liquidations</source>
        <translation>Liquidationen</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Market events</source>
        <translation>Marktereignisse</translation>
    </message>
    <message>
        <source>Last delivered %1</source>
        <translation>Zuletzt zugestellt %1</translation>
    </message>
    <message>
        <source>Nothing delivered yet</source>
        <translation>Noch nichts zugestellt</translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation>Alle Symbole</translation>
    </message>
    <message>
        <source>The core shows trades of at least %1 USDT and every liquidation</source>
        <translation>Der Kern zeigt Trades ab %1 USDT und jede Liquidation</translation>
    </message>
    <message>
        <source>Alerts are off for this core: no [rule.NAME] section, or [alerts] enabled = false (docs/alerts.md).</source>
        <translation>Alarme sind für diesen Kern aus: kein Abschnitt [rule.NAME] oder [alerts] enabled = false (docs/alerts.md).</translation>
    </message>
    <message>
        <source>No alert rules</source>
        <translation>Keine Alarmregeln</translation>
    </message>
    <message numerus="yes">
        <source>%n unacknowledged</source>
        <translation>
            <numerusform>%n unbestätigt</numerusform>
            <numerusform>%n unbestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) failing</source>
        <translation>
            <numerusform>%n Kanal gestört</numerusform>
            <numerusform>%n Kanäle gestört</numerusform>
        </translation>
    </message>
    <message>
        <source>muted rules: %1</source>
        <translation>stummgeschaltete Regeln: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n muted key(s)</source>
        <translation>
            <numerusform>%n stummgeschalteter Schlüssel</numerusform>
            <numerusform>%n stummgeschaltete Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending a test alert to %1…</source>
        <translation>Sende einen Testalarm an %1…</translation>
    </message>
    <message>
        <source>Test alert queued for %1</source>
        <translation>Testalarm für %1 eingereiht</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <source>Mute rule &apos;%1&apos; for</source>
        <translation>Regel &apos;%1&apos; stummschalten für</translation>
    </message>
    <message>
        <source>Mute &apos;%1&apos; for</source>
        <translation>&apos;%1&apos; stummschalten für</translation>
    </message>
    <message>
        <source>Unmute rule &apos;%1&apos;</source>
        <translation>Regel &apos;%1&apos; wieder einschalten</translation>
    </message>
    <message>
        <source>Unmute &apos;%1&apos;</source>
        <translation>&apos;%1&apos; wieder einschalten</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not mute %1: %2</source>
        <translation>%1 konnte nicht stummgeschaltet werden: %2</translation>
    </message>
    <message>
        <source>%1 is no longer muted</source>
        <translation>%1 ist nicht mehr stummgeschaltet</translation>
    </message>
    <message>
        <source>%1 muted for %2</source>
        <translation>%1 stummgeschaltet für %2</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ChartOverlay</name>
    <message>
        <source>Buy %1</source>
        <translation>Kauf %1</translation>
    </message>
    <message>
        <source>Sell %1</source>
        <translation>Verkauf %1</translation>
    </message>
    <message>
        <source>Take-profit (order)</source>
        <translation>Take-Profit (Order)</translation>
    </message>
    <message>
        <source>Stop-loss (order)</source>
        <translation>Stop-Loss (Order)</translation>
    </message>
    <message>
        <source>Long %1</source>
        <translation>Long %1</translation>
    </message>
    <message>
        <source>Short %1</source>
        <translation>Short %1</translation>
    </message>
    <message>
        <source>Take-profit</source>
        <translation>Take-Profit</translation>
    </message>
    <message>
        <source>Stop-loss</source>
        <translation>Stop-Loss</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>T%1 · %2R</source>
        <translation>T%1 · %2R</translation>
    </message>
    <message>
        <source>%1 · take-profit</source>
        <translation>%1 · Take-Profit</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ConnectDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Connect to Daemon</source>
        <translation>Mit Daemon verbinden</translation>
    </message>
    <message>
        <source>none (daemon without a token)</source>
        <translation>keine (Daemon ohne Token)</translation>
    </message>
    <message>
        <source>none (system certificates)</source>
        <translation>keines (Systemzertifikate)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>&amp;Token-Datei:</translation>
    </message>
    <message>
        <source>Token File</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>none (the kill switch stays off for this host)</source>
        <translation>keine (der Notaus bleibt für diesen Host aus)</translation>
    </message>
    <message>
        <source>T&amp;rading token file:</source>
        <translation>&amp;Handels-Token-Datei:</translation>
    </message>
    <message>
        <source>Trading Token File</source>
        <translation>Handels-Token-Datei</translation>
    </message>
    <message>
        <source>The token files must be readable by you only (chmod 600). The certificate is needed only for https with a certificate of the daemon&apos;s own. The trading token (the daemon&apos;s trading.token_file) lets this workstation engage the daemon&apos;s kill switch; the desk is read-only otherwise.</source>
        <translation>Die Token-Dateien dürfen nur für Sie lesbar sein (chmod 600). Das Zertifikat wird nur für https mit einem eigenen Zertifikat des Daemons benötigt. Mit dem Handels-Token (trading.token_file des Daemons) kann diese Workstation den Notaus des Daemons auslösen; sonst ist der Handelsplatz schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ConnectionsModel</name>
    <message>
        <source>Refused by the exchange: %1</source>
        <translation>Von der Börse abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 (attempt %2, %3)</source>
        <translation>%1 (Versuch %2, %3)</translation>
    </message>
    <message>
        <source>%1/%2 (%3 stale)</source>
        <translation>%1/%2 (%3 veraltet)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Topics live</source>
        <translation>Aktive Themen</translation>
    </message>
    <message>
        <source>Msg/s</source>
        <translation>Nachr./s</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <source>Resyncs</source>
        <translation>Neusynchronisationen</translation>
    </message>
    <message>
        <source>Ping RTT</source>
        <translation>Ping-RTT</translation>
    </message>
    <message>
        <source>Last reason / error</source>
        <translation>Letzter Grund / Fehler</translation>
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
        <translation>Zeit seit dem letzten empfangenen Frame dieser Verbindung.</translation>
    </message>
    <message>
        <source>%1 (last error: %2)</source>
        <translation>%1 (letzter Fehler: %2)</translation>
    </message>
    <message>
        <source>Connection / topic</source>
        <translation>Verbindung / Thema</translation>
    </message>
    <message>
        <source>Bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message numerus="yes">
        <source>Recent (last %1 s): p50 %2, p99 %3, max %4 over %n message(s)</source>
        <translation>
            <numerusform>Zuletzt (letzte %1 s): p50 %2, p99 %3, max %4 über %n Nachricht</numerusform>
            <numerusform>Zuletzt (letzte %1 s): p50 %2, p99 %3, max %4 über %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent: no message in the recent window</source>
        <translation>Zuletzt: keine Nachricht im jüngsten Zeitfenster</translation>
    </message>
    <message numerus="yes">
        <source>Since start: p50 %1, p99 %2, max %3 over %n message(s)</source>
        <translation>
            <numerusform>Seit dem Start: p50 %1, p99 %2, max %3 über %n Nachricht</numerusform>
            <numerusform>Seit dem Start: p50 %1, p99 %2, max %3 über %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Since start: no message yet</source>
        <translation>Seit dem Start: noch keine Nachricht</translation>
    </message>
    <message>
        <source>Handler latency (frame received to applied to the market state) over the recent window, the last 30–60 s; the tooltip of a cell and the detail pane add the figures since start.</source>
        <translation>Verarbeitungslatenz (Frame empfangen bis in den Marktzustand übernommen) im jüngsten Zeitfenster, den letzten 30–60 s; der Tooltip einer Zelle und der Detailbereich zeigen zusätzlich die Werte seit dem Start.</translation>
    </message>
    <message>
        <source>Recent latency p50</source>
        <translation>Latenz p50 (zuletzt)</translation>
    </message>
    <message>
        <source>Time since this connection last received data (pongs do not count); stale after %1, its fastest topic&apos;s threshold.</source>
        <translation>Zeit seit den letzten Daten dieser Verbindung (Pongs zählen nicht); veraltet nach %1, der Schwelle ihres schnellsten Themas.</translation>
    </message>
    <message>
        <source>Stale after %1 without a message (a few times this topic&apos;s usual interval).</source>
        <translation>Veraltet nach %1 ohne Nachricht (ein Mehrfaches des üblichen Abstands dieses Themas).</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ConnectionsView</name>
    <message>
        <source>Waiting for the first snapshot…</source>
        <translation>Warte auf die erste Momentaufnahme…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No exchange connections in this data source.</source>
        <translation>Keine Börsenverbindungen in dieser Datenquelle.</translation>
    </message>
    <message>
        <source>Feed: %1</source>
        <translation>Datenstrom: %1</translation>
    </message>
    <message>
        <source>Select a connection to see its state timeline.</source>
        <translation>Wählen Sie eine Verbindung, um ihren Zustandsverlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1 — %2, %3 reconnects, %4</source>
        <translation>%1 — %2, %3 Neuverbindungen, %4</translation>
    </message>
    <message>
        <source>Handler latency — %1</source>
        <translation>Verarbeitungslatenz — %1</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::EquityChart</name>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Today (UTC)</source>
        <translation>Heute (UTC)</translation>
    </message>
    <message>
        <source>The equity since trading started, or since 00:00 UTC of what this program sampled</source>
        <translation>Das Eigenkapital seit Handelsbeginn oder seit 00:00 UTC, soweit dieses Programm es erfasst hat</translation>
    </message>
    <message>
        <source>The equity curve starts with the first sample of the account.</source>
        <translation>Die Eigenkapitalkurve beginnt mit dem ersten Messwert des Kontos.</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Eigenkapital</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ExecutionsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Liquidity</source>
        <translation>Liquidität</translation>
    </message>
    <message>
        <source>Order link ID</source>
        <translation>Order-Link-ID</translation>
    </message>
    <message>
        <source>Execution ID</source>
        <translation>Ausführungs-ID</translation>
    </message>
    <message>
        <source>maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <source>taker</source>
        <translation>Taker</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::HostManager</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>in-process core</source>
        <translation>Kern im Prozess</translation>
    </message>
    <message>
        <source>core not responding (%1 ms)</source>
        <translation>Kern antwortet nicht (%1 ms)</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>&amp;Connect to Daemon…</source>
        <translation>Mit Daemon &amp;verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>No data source: connect to a daemon (File ▸ Connect to Daemon…)</source>
        <translation>Keine Datenquelle: mit einem Daemon verbinden (Datei ▸ Mit Daemon verbinden…)</translation>
    </message>
    <message>
        <source>● No data</source>
        <translation>● Keine Daten</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Source: %1 on %2</source>
        <translation>Quelle: %1 auf %2</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>● Degraded: %1</source>
        <translation>● Beeinträchtigt: %1</translation>
    </message>
    <message>
        <source>● Stale for %1 s</source>
        <translation>● Seit %1 s veraltet</translation>
    </message>
    <message>
        <source>● Stale: no data yet</source>
        <translation>● Veraltet: noch keine Daten</translation>
    </message>
    <message>
        <source>● Disconnected, stale for %1 s</source>
        <translation>● Getrennt, seit %1 s veraltet</translation>
    </message>
    <message>
        <source>● Disconnected: %1</source>
        <translation>● Getrennt: %1</translation>
    </message>
    <message>
        <source>Hosts: %1 live, %2 degraded, %3 stale, %4 disconnected</source>
        <translation>Hosts: %1 live, %2 beeinträchtigt, %3 veraltet, %4 getrennt</translation>
    </message>
    <message>
        <source>no update for %1 s</source>
        <translation>seit %1 s keine Aktualisierung</translation>
    </message>
    <message>
        <source>no snapshot yet</source>
        <translation>noch keine Momentaufnahme</translation>
    </message>
    <message>
        <source>%1: %2 — no data received yet</source>
        <translation>%1: %2 — noch keine Daten empfangen</translation>
    </message>
    <message>
        <source>%1: %2 — no data since %3 (%4 s ago); what is shown is from then</source>
        <translation>%1: %2 — keine Daten seit %3 (vor %4 s); die Anzeige ist von damals</translation>
    </message>
    <message>
        <source>● Not watched</source>
        <translation>● Nicht beobachtet</translation>
    </message>
    <message>
        <source>, %1 not watched</source>
        <translation>, %1 nicht beobachtet</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::HostSidebar</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::LogAnalysisView</name>
    <message>
        <source>Open log file…</source>
        <translation>Logdatei öffnen…</translation>
    </message>
    <message>
        <source>Ask daemon</source>
        <translation>Daemon fragen</translation>
    </message>
    <message>
        <source>Open a journal, syslog or plain log file (.gz too), or ask a daemon for its own journal.</source>
        <translation>Öffnen Sie eine Journal-, Syslog- oder Textlogdatei (auch .gz) oder fragen Sie einen Daemon nach seinem eigenen Journal.</translation>
    </message>
    <message>
        <source>token file (optional)</source>
        <translation>Token-Datei (optional)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>How far back the daemon reads its journal</source>
        <translation>Wie weit der Daemon in seinem Journal zurückliest</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Lines per hour (UTC), errors on top</source>
        <translation>Zeilen pro Stunde (UTC), Fehler obenauf</translation>
    </message>
    <message>
        <source>Daemon:</source>
        <translation>Daemon:</translation>
    </message>
    <message>
        <source>Open log file</source>
        <translation>Logdatei öffnen</translation>
    </message>
    <message>
        <source>Logs (*.log *.json *.export *.txt *.gz *syslog*);;All files (*)</source>
        <translation>Logs (*.log *.json *.export *.txt *.gz *syslog*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>Analysiere %1…</translation>
    </message>
    <message>
        <source>%1 analysed.</source>
        <translation>%1 analysiert.</translation>
    </message>
    <message>
        <source>The daemon address must be an http:// or https:// URL.</source>
        <translation>Die Daemon-Adresse muss eine http://- oder https://-URL sein.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Frage %1…</translation>
    </message>
    <message>
        <source>Report of the daemon&apos;s journal.</source>
        <translation>Bericht über das Journal des Daemons.</translation>
    </message>
    <message>
        <source>The daemon answered %1: %2</source>
        <translation>Der Daemon antwortete %1: %2</translation>
    </message>
    <message>
        <source>The daemon could not be asked: %1</source>
        <translation>Der Daemon konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <source>other lines</source>
        <translation>übrige Zeilen</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Error patterns</source>
        <translation>Fehlermuster</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Expected warnings (data quality)</source>
        <translation>Erwartete Warnungen (Datenqualität)</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message>
        <source>Noisiest templates</source>
        <translation>Häufigste Vorlagen</translation>
    </message>
    <message>
        <source>%1% of all lines</source>
        <translation>%1 % aller Zeilen</translation>
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
    <message>
        <source>● No data source</source>
        <translation>● Keine Datenquelle</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>● Degraded: %1</source>
        <translation>● Beeinträchtigt: %1</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::MarketEventsModel</name>
    <message>
        <source>Liquidation</source>
        <translation>Liquidation</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>Long liquidated</source>
        <translation>Long liquidiert</translation>
    </message>
    <message>
        <source>Short liquidated</source>
        <translation>Short liquidiert</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Notional (USDT)</source>
        <translation>Nominalwert (USDT)</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::MarketView</name>
    <message>
        <source>Filter symbols</source>
        <translation>Symbole filtern</translation>
    </message>
    <message>
        <source>Waiting for market data…</source>
        <translation>Warte auf Marktdaten…</translation>
    </message>
    <message>
        <source>10 s candles</source>
        <translation>10-Sekunden-Kerzen</translation>
    </message>
    <message>
        <source>1 min candles</source>
        <translation>1-Minuten-Kerzen</translation>
    </message>
    <message>
        <source>5 min candles</source>
        <translation>5-Minuten-Kerzen</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Bids (cumulative)</source>
        <translation>Geldseite (kumuliert)</translation>
    </message>
    <message>
        <source>Asks (cumulative)</source>
        <translation>Briefseite (kumuliert)</translation>
    </message>
    <message>
        <source>No market data in this data source yet.</source>
        <translation>Noch keine Marktdaten in dieser Datenquelle.</translation>
    </message>
    <message>
        <source>Select a symbol.</source>
        <translation>Wählen Sie ein Symbol.</translation>
    </message>
    <message>
        <source>No candles yet for %1: they build from the live ticker.</source>
        <translation>Noch keine Kerzen für %1: Sie entstehen aus dem Live-Ticker.</translation>
    </message>
    <message>
        <source>%1 · %2 from the live ticker</source>
        <translation>%1 · %2 aus dem Live-Ticker</translation>
    </message>
    <message>
        <source>%1 · %2 candles (merged for display)</source>
        <translation>%1 · %2 Kerzen (für die Anzeige zusammengefasst)</translation>
    </message>
    <message>
        <source>No order book for %1 yet.</source>
        <translation>Noch kein Orderbuch für %1.</translation>
    </message>
    <message>
        <source>Order-book depth is not available from this data source.</source>
        <translation>Die Orderbuchtiefe ist aus dieser Datenquelle nicht verfügbar.</translation>
    </message>
    <message>
        <source>%1 order book · %2 levels per side · u %3</source>
        <translation>Orderbuch %1 · %2 Stufen je Seite · u %3</translation>
    </message>
    <message>
        <source>%1 order book is resyncing</source>
        <translation>Orderbuch von %1 wird neu synchronisiert</translation>
    </message>
    <message>
        <source>30 min candles</source>
        <translation>30-Minuten-Kerzen</translation>
    </message>
    <message>
        <source>4 h candles</source>
        <translation>4-Stunden-Kerzen</translation>
    </message>
    <message>
        <source>%1 · %2 from the exchange</source>
        <translation>%1 · %2 von der Börse</translation>
    </message>
    <message>
        <source>%1   %2   %3   spread %4</source>
        <translation>%1   %2   %3   Spread %4</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::MarketsModel</name>
    <message>
        <source>%1 bp</source>
        <translation>%1 bp</translation>
    </message>
    <message>
        <source>resyncing</source>
        <translation>wird neu synchronisiert</translation>
    </message>
    <message>
        <source>%1 levels</source>
        <translation>%1 Stufen</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>24h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>Open interest</source>
        <translation>Offene Positionen</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Orderbuch</translation>
    </message>
    <message>
        <source>Time since the freshest book, ticker or candle of %1; stale after %2.</source>
        <translation>Zeit seit dem jüngsten Orderbuch, Ticker oder Kerze von %1; veraltet nach %2.</translation>
    </message>
    <message>
        <source>The data of %1 on %2 is stale.</source>
        <translation>Die Daten von %1 auf %2 sind veraltet.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Funding rate %1; the next funding is at %2.</source>
        <translation>Funding-Rate %1; das nächste Funding ist um %2.</translation>
    </message>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Time since the freshest book, ticker or candle of the symbol</source>
        <translation>Zeit seit dem frischesten Orderbuch, Ticker oder Candle des Symbols</translation>
    </message>
    <message>
        <source>Price change over the last 24 hours</source>
        <translation>Preisänderung in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>Ask minus bid, in basis points of the mid price</source>
        <translation>Ask minus Bid, in Basispunkten des Mittelkurses</translation>
    </message>
    <message>
        <source>Mark price: what positions are valued and liquidated at</source>
        <translation>Mark-Preis: zu ihm werden Positionen bewertet und liquidiert</translation>
    </message>
    <message>
        <source>Index price: the spot price across exchanges</source>
        <translation>Indexpreis: der Spotpreis über mehrere Börsen</translation>
    </message>
    <message>
        <source>Funding rate per interval and the time to the next funding</source>
        <translation>Funding-Rate je Intervall und die Zeit bis zum nächsten Funding</translation>
    </message>
    <message>
        <source>Traded value over the last 24 hours, in the quote currency</source>
        <translation>Gehandelter Wert der letzten 24 Stunden, in der Quotierungswährung</translation>
    </message>
    <message>
        <source>Open interest in contracts</source>
        <translation>Offene Positionen in Kontrakten</translation>
    </message>
    <message>
        <source>Open interest in the quote currency</source>
        <translation>Offene Positionen in der Quotierungswährung</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Volume 24h</source>
        <translation>Volumen 24h</translation>
    </message>
    <message>
        <source>OI value</source>
        <translation>OI-Wert</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::OrderTicketPanel</name>
    <message>
        <source>Reduce-only</source>
        <translation>Nur reduzieren</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>GTC — good till cancelled</source>
        <translation>GTC — gültig bis Widerruf</translation>
    </message>
    <message>
        <source>IOC — immediate or cancel</source>
        <translation>IOC — sofort oder streichen</translation>
    </message>
    <message>
        <source>FOK — fill or kill</source>
        <translation>FOK — ganz oder gar nicht</translation>
    </message>
    <message>
        <source>Post-only</source>
        <translation>Nur Maker (Post-only)</translation>
    </message>
    <message>
        <source>Send a buy order with this ticket</source>
        <translation>Kauforder mit diesem Ticket senden</translation>
    </message>
    <message>
        <source>Send a sell order with this ticket</source>
        <translation>Verkaufsorder mit diesem Ticket senden</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Mark %1</translation>
    </message>
    <message>
        <source>No symbol to trade.</source>
        <translation>Kein Symbol zum Handeln.</translation>
    </message>
    <message>
        <source>Looking up the lot and tick of %1…</source>
        <translation>Lot und Tick von %1 werden ermittelt…</translation>
    </message>
    <message>
        <source>Lot %1 · tick %2</source>
        <translation>Lot %1 · Tick %2</translation>
    </message>
    <message>
        <source> · min %1</source>
        <translation> · min. %1</translation>
    </message>
    <message>
        <source>Buy %1 %2</source>
        <translation>Kaufe %1 %2</translation>
    </message>
    <message>
        <source>Sell %1 %2</source>
        <translation>Verkaufe %1 %2</translation>
    </message>
    <message>
        <source>limit %1, %2</source>
        <translation>Limit %1, %2</translation>
    </message>
    <message>
        <source>at market</source>
        <translation>zum Marktpreis</translation>
    </message>
    <message>
        <source>, reduce-only</source>
        <translation>, nur reduzieren</translation>
    </message>
    <message>
        <source>Choose a symbol.</source>
        <translation>Wählen Sie ein Symbol.</translation>
    </message>
    <message>
        <source>The lot and tick of %1 are not known yet.</source>
        <translation>Lot und Tick von %1 sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Enter a quantity: a multiple of the lot %1.</source>
        <translation>Geben Sie eine Menge ein: ein Vielfaches des Lots %1.</translation>
    </message>
    <message>
        <source>The quantity %1 is below the minimum %2.</source>
        <translation>Die Menge %1 liegt unter dem Minimum %2.</translation>
    </message>
    <message>
        <source>The quantity %1 is above the maximum %2.</source>
        <translation>Die Menge %1 liegt über dem Maximum %2.</translation>
    </message>
    <message>
        <source>Enter a limit price: a multiple of the tick %1.</source>
        <translation>Geben Sie einen Limitpreis ein: ein Vielfaches des Ticks %1.</translation>
    </message>
    <message>
        <source>the quantity to %1 (lot %2)</source>
        <translation>die Menge auf %1 (Lot %2)</translation>
    </message>
    <message>
        <source>the price to %1 (tick %2)</source>
        <translation>den Preis auf %1 (Tick %2)</translation>
    </message>
    <message>
        <source>Snapped %1. Check and send again.</source>
        <translation>Gerundet: %1. Prüfen und erneut senden.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Sending %1 %2 %3…</source>
        <translation>Sende %1 %2 %3…</translation>
    </message>
    <message>
        <source>buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Kontrakte</translation>
    </message>
    <message>
        <source>Notional (quote coin)</source>
        <translation>Nominalwert (Quote-Währung)</translation>
    </message>
    <message>
        <source>% risk of equity to the stop-loss</source>
        <translation>% Risiko des Eigenkapitals bis zum Stop-Loss</translation>
    </message>
    <message>
        <source>Contracts: the quantity in the base coin. Notional: the order&apos;s value in the quote coin. % risk: the share of the equity lost if the stop-loss is hit — size = equity × % / |entry − stop-loss|. Notional and risk sizes are rounded down to the lot.</source>
        <translation>Kontrakte: die Menge in der Basiswährung. Nominalwert: der Wert der Order in der Quote-Währung. % Risiko: der Anteil des Eigenkapitals, der beim Stop-Loss verloren geht — Größe = Eigenkapital × % / |Einstieg − Stop-Loss|. Nominal- und Risikogrößen werden auf das Lot abgerundet.</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>Letzter Preis</translation>
    </message>
    <message>
        <source>Mark price</source>
        <translation>Mark-Preis</translation>
    </message>
    <message>
        <source>The price that triggers the take-profit and the stop-loss</source>
        <translation>Der Preis, der Take-Profit und Stop-Loss auslöst</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Take-profit for the whole position once the order fills: closed at market when the trigger price reaches it. Empty: none.</source>
        <translation>Take-Profit für die ganze Position, sobald die Order ausgeführt ist: zum Marktpreis geschlossen, wenn der Auslösepreis ihn erreicht. Leer: keiner.</translation>
    </message>
    <message>
        <source>Stop-loss for the whole position once the order fills: closed at market when the trigger price reaches it. Empty: none. The % risk sizing measures to it.</source>
        <translation>Stop-Loss für die ganze Position, sobald die Order ausgeführt ist: zum Marktpreis geschlossen, wenn der Auslösepreis ihn erreicht. Leer: keiner. Die Größe nach % Risiko misst bis zu ihm.</translation>
    </message>
    <message>
        <source>Size in</source>
        <translation>Größe in</translation>
    </message>
    <message>
        <source>Take-profit</source>
        <translation>Take-Profit</translation>
    </message>
    <message>
        <source>Stop-loss</source>
        <translation>Stop-Loss</translation>
    </message>
    <message>
        <source>TP/SL trigger</source>
        <translation>TP/SL-Auslöser</translation>
    </message>
    <message>
        <source>Notional</source>
        <translation>Nominalwert</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>, take-profit %1</source>
        <translation>, Take-Profit %1</translation>
    </message>
    <message>
        <source>, stop-loss %1</source>
        <translation>, Stop-Loss %1</translation>
    </message>
    <message>
        <source>enter a limit price</source>
        <translation>Limitpreis eingeben</translation>
    </message>
    <message>
        <source>no mark price for %1 yet</source>
        <translation>noch kein Mark-Preis für %1</translation>
    </message>
    <message>
        <source>enter the notional</source>
        <translation>Nominalwert eingeben</translation>
    </message>
    <message>
        <source>% risk needs a stop-loss: the risk is measured to it</source>
        <translation>% Risiko braucht einen Stop-Loss: bis zu ihm wird das Risiko gemessen</translation>
    </message>
    <message>
        <source>the stop-loss is at the entry</source>
        <translation>der Stop-Loss liegt beim Einstieg</translation>
    </message>
    <message>
        <source>the account&apos;s equity is not known yet</source>
        <translation>das Eigenkapital des Kontos ist noch nicht bekannt</translation>
    </message>
    <message>
        <source>enter the % of equity to risk</source>
        <translation>den riskierten Anteil des Eigenkapitals in % eingeben</translation>
    </message>
    <message>
        <source>less than one lot (%1 %2)</source>
        <translation>weniger als ein Lot (%1 %2)</translation>
    </message>
    <message>
        <source>no size: %1</source>
        <translation>keine Größe: %1</translation>
    </message>
    <message>
        <source>= %1 %2, rounded down to the lot (%3 at %4)</source>
        <translation>= %1 %2, auf das Lot abgerundet (%3 zu %4)</translation>
    </message>
    <message>
        <source>= %1 %2: %3 of the equity %4 lost at the stop-loss (%5 %)</source>
        <translation>= %1 %2: %3 des Eigenkapitals %4 beim Stop-Loss verloren (%5 %)</translation>
    </message>
    <message>
        <source>the take-profit to %1 (tick %2)</source>
        <translation>den Take-Profit auf %1 (Tick %2)</translation>
    </message>
    <message>
        <source>the stop-loss to %1 (tick %2)</source>
        <translation>den Stop-Loss auf %1 (Tick %2)</translation>
    </message>
    <message>
        <source>No size: %1.</source>
        <translation>Keine Größe: %1.</translation>
    </message>
    <message>
        <source>The take-profit of a buy must be above %1.</source>
        <translation>Der Take-Profit eines Kaufs muss über %1 liegen.</translation>
    </message>
    <message>
        <source>The take-profit of a sell must be below %1.</source>
        <translation>Der Take-Profit eines Verkaufs muss unter %1 liegen.</translation>
    </message>
    <message>
        <source>The stop-loss of a buy must be below %1.</source>
        <translation>Der Stop-Loss eines Kaufs muss unter %1 liegen.</translation>
    </message>
    <message>
        <source>The stop-loss of a sell must be above %1.</source>
        <translation>Der Stop-Loss eines Verkaufs muss über %1 liegen.</translation>
    </message>
    <message>
        <source>A reduce-only order takes no take-profit or stop-loss.</source>
        <translation>Eine Reduce-only-Order nimmt weder Take-Profit noch Stop-Loss.</translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <source>The risk gate would refuse it — %1: %2</source>
        <translation>Die Risikoprüfung würde sie ablehnen — %1: %2</translation>
    </message>
    <message>
        <source>The risk gate would pass it (notional %1)</source>
        <translation>Die Risikoprüfung würde sie zulassen (Nominalwert %1)</translation>
    </message>
    <message>
        <source>The risk gate would pass it</source>
        <translation>Die Risikoprüfung würde sie zulassen</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::OrdersModel</name>
    <message>
        <source>Buy</source>
        <translation>Kaufen</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkaufen</translation>
    </message>
    <message>
        <source>Pending new</source>
        <translation>Neu, ausstehend</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Partially filled</source>
        <translation>Teilweise ausgeführt</translation>
    </message>
    <message>
        <source>Pending cancel</source>
        <translation>Stornierung ausstehend</translation>
    </message>
    <message>
        <source>Pending amend</source>
        <translation>Änderung ausstehend</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>, reduce-only</source>
        <translation>, nur reduzieren</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Order link ID</source>
        <translation>Order-Link-ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>market</source>
        <translation>Markt</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::PerformanceView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Equity (cumulative net R by exit)</source>
        <translation>Equity (kumuliertes Netto-R nach Ausstieg)</translation>
    </message>
    <message>
        <source>Calibration: forward return by score</source>
        <translation>Kalibrierung: Folgerendite nach Score</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Avg R</source>
        <translation>Ø R</translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation>Profitfaktor</translation>
    </message>
    <message>
        <source>Total R</source>
        <translation>Summe R</translation>
    </message>
    <message>
        <source>Max drawdown R</source>
        <translation>Max. Drawdown R</translation>
    </message>
    <message>
        <source>Avg MFE R</source>
        <translation>Ø MFE R</translation>
    </message>
    <message>
        <source>Avg MAE R</source>
        <translation>Ø MAE R</translation>
    </message>
    <message>
        <source>Signal time</source>
        <translation>Signalzeit</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Net R</source>
        <translation>Netto-R</translation>
    </message>
    <message>
        <source>Select an outcome to see what was known at its signal, its plan and its end.</source>
        <translation>Wählen Sie ein Ergebnis, um zu sehen, was beim Signal bekannt war, seinen Plan und sein Ende.</translation>
    </message>
    <message>
        <source>Forward-return horizon of the calibration</source>
        <translation>Horizont der Folgerendite für die Kalibrierung</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Horizont:</translation>
    </message>
    <message>
        <source>Signal outcomes are not available from this source.</source>
        <translation>Signalergebnisse sind von dieser Quelle nicht verfügbar.</translation>
    </message>
    <message>
        <source>Loading signal outcomes…</source>
        <translation>Signalergebnisse werden geladen …</translation>
    </message>
    <message>
        <source>Signal outcomes are off in this core: they are kept with the history ([store] enabled).</source>
        <translation>Signalergebnisse sind in diesem Kern aus: Sie werden mit der Historie gespeichert ([store] enabled).</translation>
    </message>
    <message>
        <source>No signal outcomes yet (%1).</source>
        <translation>Noch keine Signalergebnisse (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s): %1 closed, %2 open, %3 without a plan. Net %4 R, hit rate %5, average %6 R per trade.</source>
        <translation>
            <numerusform>%n Signal: %1 geschlossen, %2 offen, %3 ohne Plan. Netto %4 R, Trefferquote %5, im Mittel %6 R je Trade.</numerusform>
            <numerusform>%n Signale: %1 geschlossen, %2 offen, %3 ohne Plan. Netto %4 R, Trefferquote %5, im Mittel %6 R je Trade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>all signals</source>
        <translation>alle Signale</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>kein Plan</translation>
    </message>
    <message>
        <source>Closed outcomes</source>
        <translation>Geschlossene Ergebnisse</translation>
    </message>
    <message>
        <source>Calibration: mean %1 forward return by score, 95% interval (n = %2, Spearman ρ = %3)</source>
        <translation>Kalibrierung: mittlere %1-Folgerendite nach Score, 95-%-Intervall (n = %2, Spearman ρ = %3)</translation>
    </message>
    <message>
        <source>Forward return (bps)</source>
        <translation>Folgerendite (bps)</translation>
    </message>
    <message>
        <source>At the signal</source>
        <translation>Beim Signal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Leaning hardest</source>
        <translation>Am stärksten geneigt</translation>
    </message>
    <message>
        <source>Timeframes agreeing</source>
        <translation>Übereinstimmende Zeitrahmen</translation>
    </message>
    <message>
        <source>Regime (ADX)</source>
        <translation>Regime (ADX)</translation>
    </message>
    <message>
        <source>Last price</source>
        <translation>Letzter Preis</translation>
    </message>
    <message>
        <source>ATR(14)</source>
        <translation>ATR(14)</translation>
    </message>
    <message>
        <source>Swing low / high</source>
        <translation>Swing-Tief / -Hoch</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Target %1R</source>
        <translation>Ziel %1R</translation>
    </message>
    <message>
        <source> · reached after %1 s</source>
        <translation> · erreicht nach %1 s</translation>
    </message>
    <message>
        <source>Excursion (MFE / MAE)</source>
        <translation>Auslenkung (MFE / MAE)</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Kein Plan</translation>
    </message>
    <message>
        <source>ATR not ready at the signal</source>
        <translation>ATR beim Signal noch nicht bereit</translation>
    </message>
    <message>
        <source>waiting for the entry</source>
        <translation>wartet auf den Einstieg</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Gross / costs / net R</source>
        <translation>Brutto / Kosten / netto R</translation>
    </message>
    <message>
        <source>Forward returns</source>
        <translation>Folgerenditen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source> bps</source>
        <translation> bps</translation>
    </message>
    <message>
        <source>From %1 as of %2.</source>
        <translation>Von %1, Stand %2.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1
The figures below are not current: they were read at %2, %3 ago.</source>
        <translation>%1
Die Zahlen unten sind nicht aktuell: Sie wurden um %2 gelesen, vor %3.</translation>
    </message>
    <message>
        <source>%1 keeps no signal outcomes: %2</source>
        <translation>%1 führt keine Signalergebnisse: %2</translation>
    </message>
    <message>
        <source>the host gave no reason</source>
        <translation>der Host nannte keinen Grund</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 sent signal outcomes that cannot be read: %2.</source>
        <translation>%1 sandte Signalergebnisse, die nicht lesbar sind: %2.</translation>
    </message>
    <message>
        <source>The host is gone.</source>
        <translation>Der Host ist nicht mehr da.</translation>
    </message>
    <message>
        <source>the scorecard is not a JSON object</source>
        <translation>die Auswertung ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the outcomes are not a JSON object</source>
        <translation>die Ergebnisse sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>more outcomes than were asked for</source>
        <translation>mehr Ergebnisse als angefragt</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::PositionsModel</name>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Mark</translation>
    </message>
    <message>
        <source>Unrealised</source>
        <translation>Unrealisiert</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Realisiert</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Gebühren</translation>
    </message>
    <message>
        <source>Liq. price</source>
        <translation>Liq.-Preis</translation>
    </message>
    <message>
        <source>Long</source>
        <translation>Long</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Flat</translation>
    </message>
    <message>
        <source>Take-profit</source>
        <translation>Take-Profit</translation>
    </message>
    <message>
        <source>Stop-loss</source>
        <translation>Stop-Loss</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::PriceLadder</name>
    <message>
        <source>No book yet</source>
        <translation>Noch kein Orderbuch</translation>
    </message>
    <message>
        <source>Price ladder: bids, asks and your orders per tick; public trades flash at their price. Re-centre on the market: C, the middle mouse button, or Ctrl+Shift+C; the wheel scrolls. With click to trade armed, click a bid to buy there, an ask to sell there, your order to cancel it, or drag it to another price.</source>
        <translation>Preisleiter: Geld, Brief und Ihre Orders je Tick; öffentliche Trades blinken bei ihrem Preis auf. Auf den Markt zentrieren: C, die mittlere Maustaste oder Ctrl+Shift+C; das Mausrad scrollt. Mit aktivem Klickhandel: Klick auf Geld kauft dort, auf Brief verkauft dort, auf Ihre Order storniert sie, Ziehen verschiebt sie auf einen anderen Preis.</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::RemoteHost</name>
    <message>
        <source>no connection status yet</source>
        <translation>noch kein Verbindungsstatus</translation>
    </message>
    <message>
        <source>%1 of %2 connections live</source>
        <translation>%1 von %2 Verbindungen live</translation>
    </message>
    <message>
        <source>no update for %1 s</source>
        <translation>seit %1 s keine Aktualisierung</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>verbinde…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>remembered, not watched: select it to watch it</source>
        <translation>gemerkt, nicht beobachtet: zum Beobachten auswählen</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Nicht beobachtet</translation>
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
        <translation>der Host ist nicht mehr da</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <source>How often the views redraw; the core publishes snapshots at its own rate.</source>
        <translation>Wie oft die Ansichten neu gezeichnet werden; der Kern veröffentlicht Momentaufnahmen in seinem eigenen Takt.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Refresh rate:</source>
        <translation>&amp;Aktualisierungsrate:</translation>
    </message>
    <message>
        <source>Default &amp;symbol:</source>
        <translation>Standard-&amp;Symbol:</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Order ticket: send the chosen side (or the focused Buy/Sell button)</source>
        <translation>Orderticket: gewählte Seite senden (oder die fokussierte Kaufen/Verkaufen-Schaltfläche)</translation>
    </message>
    <message>
        <source>Order ticket: clear quantity, price and reduce-only</source>
        <translation>Orderticket: Menge, Preis und „Nur reduzieren“ leeren</translation>
    </message>
    <message>
        <source>Order ticket: quantity or price one lot or tick up (Down: down)</source>
        <translation>Orderticket: Menge oder Preis um ein Lot bzw. einen Tick erhöhen (Ab: verringern)</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::SignalsView</name>
    <message>
        <source>&lt;h3&gt;Confluence engine not running&lt;/h3&gt;&lt;p&gt;Scores, directions and their breakdown appear here once the confluence engine publishes its results with the core&apos;s snapshots.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Konfluenz-Engine läuft nicht&lt;/h3&gt;&lt;p&gt;Bewertungen, Richtungen und ihre Aufschlüsselung erscheinen hier, sobald die Konfluenz-Engine ihre Ergebnisse mit den Momentaufnahmen des Kerns veröffentlicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Mixed signals</source>
        <translation>Gemischte Signale</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>warming</source>
        <translation>im Aufbau</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 gegen %3</translation>
    </message>
    <message>
        <source>mixed — %1</source>
        <translation>gemischt — %1</translation>
    </message>
    <message>
        <source>%1 % ready</source>
        <translation>%1 % bereit</translation>
    </message>
    <message>
        <source>%1 score over the last 10 minutes</source>
        <translation>Score von %1 in den letzten 10 Minuten</translation>
    </message>
    <message>
        <source>ready · value %1</source>
        <translation>bereit · Wert %1</translation>
    </message>
    <message>
        <source>warming %1/%2</source>
        <translation>im Aufbau %1/%2</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>&amp;Plan trade…</source>
        <translation>Trade &amp;planen…</translation>
    </message>
    <message>
        <source>Plan trade…</source>
        <translation>Trade planen…</translation>
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
        <translation>jetzt</translation>
    </message>
    <message>
        <source>red, hatched: no data from the host</source>
        <translation>rot schraffiert: keine Daten vom Host</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TimeoutHistoryModel</name>
    <message>
        <source>Part of an incident: a burst of connection failures</source>
        <translation>Teil eines Vorfalls: eine Häufung von Verbindungsfehlern</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TimeoutHistoryView</name>
    <message>
        <source>All connections</source>
        <translation>Alle Verbindungen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) arrived too fast to be shown</source>
        <translation>
            <numerusform>%n Eintrag kam zu schnell, um angezeigt zu werden</numerusform>
            <numerusform>%n Einträge kamen zu schnell, um angezeigt zu werden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No timeouts from %1 — the connector has nothing to report.</source>
        <translation>Keine Zeitüberschreitungen von %1 — der Konnektor hat nichts zu melden.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1</source>
        <translation>
            <numerusform>%n Ereignis von %1</numerusform>
            <numerusform>%n Ereignisse von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Früher</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Später ▶</translation>
    </message>
    <message>
        <source>24 hours, per hour</source>
        <translation>24 Stunden, pro Stunde</translation>
    </message>
    <message>
        <source>6 hours, per 10 minutes</source>
        <translation>6 Stunden, pro 10 Minuten</translation>
    </message>
    <message>
        <source>1 hour, per minute</source>
        <translation>1 Stunde, pro Minute</translation>
    </message>
    <message>
        <source>7 days, per 6 hours</source>
        <translation>7 Tage, pro 6 Stunden</translation>
    </message>
    <message>
        <source>Show the window before this one; older entries are read from the history store</source>
        <translation>Das Zeitfenster davor zeigen; ältere Einträge werden aus dem Verlaufsspeicher gelesen</translation>
    </message>
    <message>
        <source>Show the next window, up to now</source>
        <translation>Das nächste Zeitfenster zeigen, bis jetzt</translation>
    </message>
    <message>
        <source>reading older entries…</source>
        <translation>ältere Einträge werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries held, no incidents in this period</source>
        <translation>
            <numerusform>%n Eintrag gespeichert, keine Vorfälle in diesem Zeitraum</numerusform>
            <numerusform>%n Einträge gespeichert, keine Vorfälle in diesem Zeitraum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries held; incidents (bursts of connection failures) at %1</source>
        <translation>
            <numerusform>%n Eintrag gespeichert; Vorfälle (gehäufte Verbindungsfehler) um %1</numerusform>
            <numerusform>%n Einträge gespeichert; Vorfälle (gehäufte Verbindungsfehler) um %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no data from the host for %1 (%2)</source>
        <translation>keine Daten vom Host für %1 (%2)</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TradePlanDialog</name>
    <message>
        <source>Trade plan</source>
        <translation>Trade-Plan</translation>
    </message>
    <message>
        <source>Limit at the touch</source>
        <translation>Limit am besten Kurs</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>T%1 · %2R</source>
        <translation>T%1 · %2R</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Take-profit at</source>
        <translation>Take-Profit bei</translation>
    </message>
    <message>
        <source>&lt;p&gt;No order: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Order: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop from</source>
        <translation>Stopp aus</translation>
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
        <translation>Take-Profit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Reward : risk</source>
        <translation>Chance : Risiko</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Buy on LIVE</source>
        <translation>LIVE kaufen</translation>
    </message>
    <message>
        <source>Sell on LIVE</source>
        <translation>LIVE verkaufen</translation>
    </message>
    <message>
        <source>Send buy order</source>
        <translation>Kauforder senden</translation>
    </message>
    <message>
        <source>Send sell order</source>
        <translation>Verkaufsorder senden</translation>
    </message>
    <message>
        <source>%1 · %2 min candles</source>
        <translation>%1 · %2-Minuten-Kerzen</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TradePlanner</name>
    <message>
        <source>Trade plans trade on the local core; a daemon&apos;s desk is read-only here.</source>
        <translation>Trade-Pläne handeln auf dem lokalen Kern; der Handelsplatz eines Daemons ist hier nur lesbar.</translation>
    </message>
    <message>
        <source>Trading is not running: %1</source>
        <translation>Der Handel läuft nicht: %1</translation>
    </message>
    <message>
        <source>Trading is not running.</source>
        <translation>Der Handel läuft nicht.</translation>
    </message>
    <message>
        <source>The score of %1 is in neither the long nor the short zone.</source>
        <translation>Die Bewertung von %1 liegt weder in der Long- noch in der Short-Zone.</translation>
    </message>
    <message>
        <source>Reading the %1 min history of %2…</source>
        <translation>Lese die %1-Minuten-Historie von %2…</translation>
    </message>
    <message>
        <source>No %1 min history of %2 from this source.</source>
        <translation>Keine %1-Minuten-Historie von %2 aus dieser Quelle.</translation>
    </message>
    <message numerus="yes">
        <source>No ATR yet: %n more closed %1 min bar(s) needed.</source>
        <translation>
            <numerusform>Noch keine ATR: %n weitere geschlossene %1-Minuten-Kerze nötig.</numerusform>
            <numerusform>Noch keine ATR: %n weitere geschlossene %1-Minuten-Kerzen nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>No price for %1 yet.</source>
        <translation>Noch kein Preis für %1.</translation>
    </message>
    <message>
        <source>Plan a %1 trade in %2 from its signal: entry, stop from the %3 min ATR and swings, targets at 1R/2R/3R.</source>
        <translation>Einen %1-Trade in %2 aus seinem Signal planen: Einstieg, Stopp aus der %3-Minuten-ATR und den Swings, Ziele bei 1R/2R/3R.</translation>
    </message>
    <message>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <source>short</source>
        <translation>short</translation>
    </message>
    <message>
        <source>The trading service has no instrument %1.</source>
        <translation>Der Handelsdienst kennt das Instrument %1 nicht.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Buy</source>
        <translation>Kauf</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>%1 (market)</source>
        <translation>%1 (Markt)</translation>
    </message>
    <message>
        <source>%1 (limit)</source>
        <translation>%1 (Limit)</translation>
    </message>
    <message>
        <source>the swing level (ATR %1)</source>
        <translation>das Swing-Niveau (ATR %1)</translation>
    </message>
    <message>
        <source>%1 × ATR %2</source>
        <translation>%1 × ATR %2</translation>
    </message>
    <message>
        <source>%1 (T%2)</source>
        <translation>%1 (T%2)</translation>
    </message>
    <message>
        <source>%1 %2 · %3 % of equity %4</source>
        <translation>%1 %2 · %3 % des Eigenkapitals %4</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nichts zu senden.</translation>
    </message>
    <message>
        <source>Cannot be sent: %1</source>
        <translation>Kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>The risk gate would pass it (notional %1).</source>
        <translation>Die Risikoprüfung würde sie durchlassen (Nominalwert %1).</translation>
    </message>
    <message>
        <source>The risk gate would refuse it — %1: %2</source>
        <translation>Die Risikoprüfung würde sie ablehnen — %1: %2</translation>
    </message>
    <message>
        <source>Refused by the risk gate — %1: %2</source>
        <translation>Von der Risikoprüfung abgelehnt — %1: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source> · sized down to the order limit of %1 %2 (risk.max_order_notional)</source>
        <translation> · auf den höchsten Order-Nominalwert von %1 %2 verkleinert (risk.max_order_notional)</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::TradingView</name>
    <message>
        <source>Trading is only available on the local core for now.</source>
        <translation>Handel ist vorerst nur mit dem lokalen Kern möglich.</translation>
    </message>
    <message>
        <source>KILL SWITCH ENGAGED — new orders are refused until it is reset</source>
        <translation>NOTAUS AKTIV — neue Orders werden bis zum Zurücksetzen abgelehnt</translation>
    </message>
    <message>
        <source>Reset kill switch…</source>
        <translation>Notaus zurücksetzen…</translation>
    </message>
    <message>
        <source>Order ticket</source>
        <translation>Orderticket</translation>
    </message>
    <message>
        <source>Cancel Selected Order</source>
        <translation>Ausgewählte Order stornieren</translation>
    </message>
    <message>
        <source>Close position…</source>
        <translation>Position schließen…</translation>
    </message>
    <message>
        <source>Open orders only</source>
        <translation>Nur offene Orders</translation>
    </message>
    <message>
        <source>Cancel selected</source>
        <translation>Auswahl stornieren</translation>
    </message>
    <message>
        <source>Cancel all…</source>
        <translation>Alle stornieren…</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Recent fills</source>
        <translation>Letzte Ausführungen</translation>
    </message>
    <message>
        <source>KILL SWITCH ENGAGED</source>
        <translation>NOTAUS AKTIV</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — TRADING OFF</source>
        <translation>%1 — HANDEL AUS</translation>
    </message>
    <message>
        <source>Trading is not running.</source>
        <translation>Der Handel läuft nicht.</translation>
    </message>
    <message>
        <source>Orders go to the LIVE exchange with real money.</source>
        <translation>Orders gehen mit echtem Geld an die LIVE-Börse.</translation>
    </message>
    <message>
        <source>Orders go to the %1 venue.</source>
        <translation>Orders gehen an den Handelsplatz %1.</translation>
    </message>
    <message>
        <source>Private stream: up</source>
        <translation>Privater Stream: verbunden</translation>
    </message>
    <message>
        <source>Private stream: down (%1)</source>
        <translation>Privater Stream: getrennt (%1)</translation>
    </message>
    <message>
        <source>Trading is not running on the %1 venue: %2</source>
        <translation>Der Handel auf %1 läuft nicht: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Trading is not running: %1</source>
        <translation>Der Handel läuft nicht: %1</translation>
    </message>
    <message>
        <source>private stream up</source>
        <translation>privater Stream verbunden</translation>
    </message>
    <message>
        <source>private stream down (%1)</source>
        <translation>privater Stream getrennt (%1)</translation>
    </message>
    <message>
        <source>Reason: %1 · engaged %2%3</source>
        <translation>Grund: %1 · ausgelöst %2%3</translation>
    </message>
    <message>
        <source>, finished %1</source>
        <translation>, beendet %1</translation>
    </message>
    <message>
        <source>, still working…</source>
        <translation>, läuft noch…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Orders cancelled: %1 open before, %2 open after · Positions flattened: %3 to flatten, %4 reduce-only orders sent, %5 left</source>
        <translation>Orders storniert: %1 offen vorher, %2 offen nachher · Positionen glattgestellt: %3 zu schließen, %4 Reduce-only-Orders gesendet, %5 übrig</translation>
    </message>
    <message>
        <source>Problems: none</source>
        <translation>Probleme: keine</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <source>The kill switch can be reset once it has finished.</source>
        <translation>Der Notaus kann zurückgesetzt werden, sobald er fertig ist.</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>gesendet: %1</translation>
    </message>
    <message>
        <source>Refused by the risk gate — %1: %2</source>
        <translation>Von der Risikoprüfung abgelehnt — %1: %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Cancel of %1 not sent: %2</source>
        <translation>Stornierung von %1 nicht gesendet: %2</translation>
    </message>
    <message>
        <source>Cancel all orders</source>
        <translation>Alle Orders stornieren</translation>
    </message>
    <message>
        <source>Cancel every open order of every symbol?</source>
        <translation>Alle offenen Orders aller Symbole stornieren?</translation>
    </message>
    <message>
        <source>Close the %1 short of %2 with a reduce-only market buy?</source>
        <translation>Die %1-Short-Position von %2 mit einem Reduce-only-Marktkauf schließen?</translation>
    </message>
    <message>
        <source>Close the %1 long of %2 with a reduce-only market sell?</source>
        <translation>Die %1-Long-Position von %2 mit einem Reduce-only-Marktverkauf schließen?</translation>
    </message>
    <message>
        <source>Close position</source>
        <translation>Position schließen</translation>
    </message>
    <message>
        <source>Closing %1…</source>
        <translation>Schließe %1…</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Notaus</translation>
    </message>
    <message>
        <source>Engage kill switch</source>
        <translation>Notaus auslösen</translation>
    </message>
    <message>
        <source>Reset kill switch</source>
        <translation>Notaus zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the kill switch? New orders will be accepted again.</source>
        <translation>Notaus zurücksetzen? Neue Orders werden wieder angenommen.</translation>
    </message>
    <message>
        <source>Reset refused: %1</source>
        <translation>Zurücksetzen abgelehnt: %1</translation>
    </message>
    <message>
        <source>Venue %1 · %2 · open orders: %3 · positions: %4</source>
        <translation>Handelsplatz %1 · %2 · offene Orders: %3 · Positionen: %4</translation>
    </message>
    <message>
        <source>Click to trade</source>
        <translation>Klickhandel</translation>
    </message>
    <message>
        <source>When on, a click in the ladder&apos;s bid or ask column places a limit order there with the ticket&apos;s quantity, a click on your order cancels it and a drag moves it.</source>
        <translation>Wenn aktiv, setzt ein Klick in die Geld- oder Briefspalte dort eine Limit-Order mit der Menge des Ordertickets, ein Klick auf Ihre Order storniert sie und Ziehen verschiebt sie.</translation>
    </message>
    <message>
        <source>Re-centre</source>
        <translation>Zentrieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Price ladder</source>
        <translation>Preisleiter</translation>
    </message>
    <message>
        <source>Ladder: %1</source>
        <translation>Preisleiter: %1</translation>
    </message>
    <message>
        <source>This host has no trading desk.</source>
        <translation>Dieser Host hat keinen Handelsplatz.</translation>
    </message>
    <message>
        <source>Reverse position…</source>
        <translation>Position umkehren…</translation>
    </message>
    <message>
        <source>Remote host %1 (read-only) · %2</source>
        <translation>Entfernter Host %1 (schreibgeschützt) · %2</translation>
    </message>
    <message>
        <source>Amend of %1 not sent: %2</source>
        <translation>Änderung von %1 nicht gesendet: %2</translation>
    </message>
    <message>
        <source>read-only: remote host</source>
        <translation>schreibgeschützt: entfernter Host</translation>
    </message>
    <message>
        <source>Reverse the %1 short of %2 into a long of %2 with a market buy of %3?</source>
        <translation>Die %1-Short-Position von %2 mit einem Marktkauf von %3 in eine Long-Position von %2 umkehren?</translation>
    </message>
    <message>
        <source>Reverse the %1 long of %2 into a short of %2 with a market sell of %3?</source>
        <translation>Die %1-Long-Position von %2 mit einem Marktverkauf von %3 in eine Short-Position von %2 umkehren?</translation>
    </message>
    <message>
        <source>Reverse position</source>
        <translation>Position umkehren</translation>
    </message>
    <message>
        <source>Reversing %1…</source>
        <translation>Kehre %1 um…</translation>
    </message>
    <message>
        <source>Amend of %1 not sent: the lot and tick of %2 are not known yet.</source>
        <translation>Änderung von %1 nicht gesendet: Lot und Tick von %2 sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Amend of %1 not sent: %2 is not a positive multiple of the tick %3.</source>
        <translation>Änderung von %1 nicht gesendet: %2 ist kein positives Vielfaches des Ticks %3.</translation>
    </message>
    <message>
        <source>Amend of %1 not sent: %2 is not a positive multiple of the lot %3.</source>
        <translation>Änderung von %1 nicht gesendet: %2 ist kein positives Vielfaches des Lots %3.</translation>
    </message>
    <message>
        <source>The kill switch is not available: %1</source>
        <translation>Der Notaus ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>on the daemon %1</source>
        <translation>auf dem Daemon %1</translation>
    </message>
    <message>
        <source>in this program</source>
        <translation>in diesem Programm</translation>
    </message>
    <message>
        <source>Engage the kill switch %1?

Every open order is cancelled, every position is closed with reduce-only market orders, and new orders are refused until the kill switch is reset.</source>
        <translation>Notaus %1 auslösen?

Alle offenen Orders werden storniert, alle Positionen mit Reduce-only-Marktorders geschlossen, und neue Orders werden abgelehnt, bis der Notaus zurückgesetzt ist.</translation>
    </message>
    <message>
        <source>Kill switch engaged on the host: %1</source>
        <translation>Notaus auf dem Host ausgelöst: %1</translation>
    </message>
    <message>
        <source>The host refused the kill switch: %1</source>
        <translation>Der Host hat den Notaus abgelehnt: %1</translation>
    </message>
    <message>
        <source>Remote host %1: %2</source>
        <translation>Entfernter Host %1: %2</translation>
    </message>
    <message>
        <source>Reading the desk of %1…</source>
        <translation>Lese den Handelsplatz von %1…</translation>
    </message>
    <message>
        <source>no trading desk on this host</source>
        <translation>kein Handelsplatz auf diesem Host</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::WarningsModel</name>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>%1
Template: %2</source>
        <translation>%1
Vorlage: %2</translation>
    </message>
    <message>
        <source>%1/min</source>
        <translation>%1/min</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message numerus="yes">
        <source>%n values</source>
        <translation>
            <numerusform>%n Wert</numerusform>
            <numerusform>%n Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
As logged: %2</source>
        <translation>%1
Im Log: %2</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::WarningsView</name>
    <message>
        <source>Filter by code, key or message</source>
        <translation>Nach Code, Schlüssel oder Meldung filtern</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Notice and worse</source>
        <translation>Hinweise und schlimmer</translation>
    </message>
    <message>
        <source>Warnings and worse</source>
        <translation>Warnungen und schlimmer</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>No warnings so far.</source>
        <translation>Bisher keine Warnungen.</translation>
    </message>
    <message>
        <source>%1 warning groups, %2 occurrences; %3 shown with the current filter</source>
        <translation>%1 Warnungsgruppen, %2 Vorkommen; %3 mit dem aktuellen Filter angezeigt</translation>
    </message>
    <message>
        <source>Group by code</source>
        <translation>Nach Code gruppieren</translation>
    </message>
    <message>
        <source>One row per warning code, with the connections, topics or symbols it concerns</source>
        <translation>Eine Zeile je Warncode, mit den betroffenen Verbindungen, Topics oder Symbolen</translation>
    </message>
</context>
<context>
    <name>virtuoso::ui::WorkstationViews</name>
    <message>
        <source>Log analysis</source>
        <translation>Log-Analyse</translation>
    </message>
    <message>
        <source>Warning aggregation is not available from this data source.</source>
        <translation>Die Warnungsaggregation ist aus dieser Datenquelle nicht verfügbar.</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Timeout History</source>
        <translation>Zeitüberschreitungsverlauf</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Export &amp;Timeout History as CSV…</source>
        <translation>&amp;Zeitüberschreitungsverlauf als CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export Timeout History</source>
        <translation>Zeitüberschreitungsverlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export &amp;Warnings as CSV…</source>
        <translation>&amp;Warnungen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export Warnings</source>
        <translation>Warnungen exportieren</translation>
    </message>
    <message>
        <source>Save Current &amp;Chart as PNG…</source>
        <translation>Aktuelles &amp;Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Show &amp;Market</source>
        <translation>&amp;Markt anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Show &amp;Signals</source>
        <translation>&amp;Signale anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Show &amp;Connections</source>
        <translation>&amp;Verbindungen anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Show &amp;Timeout History</source>
        <translation>&amp;Zeitüberschreitungsverlauf anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Show &amp;Warnings</source>
        <translation>&amp;Warnungen anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Filter Current View</source>
        <translation>Aktuelle Ansicht &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Es gibt kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot write the image %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Trading</source>
        <translation>Handel</translation>
    </message>
    <message>
        <source>Export &amp;Orders as CSV…</source>
        <translation>&amp;Orders als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Orders</source>
        <translation>Orders exportieren</translation>
    </message>
    <message>
        <source>Export &amp;Positions as CSV…</source>
        <translation>&amp;Positionen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Positions</source>
        <translation>Positionen exportieren</translation>
    </message>
    <message>
        <source>Export &amp;Fills as CSV…</source>
        <translation>&amp;Ausführungen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Fills</source>
        <translation>Ausführungen exportieren</translation>
    </message>
    <message>
        <source>Show T&amp;rading</source>
        <translation>&amp;Handel anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Notaus</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Cancel every order, close every position and refuse new orders (Ctrl+Shift+K)</source>
        <translation>Alle Orders stornieren, alle Positionen schließen und neue Orders ablehnen (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Order ticket: Buy side</source>
        <translation>Orderticket: Kaufseite</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Order ticket: Sell side</source>
        <translation>Orderticket: Verkaufsseite</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Kill switch not available: %1</source>
        <translation>Notaus nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>No alerts from this data source</source>
        <translation>Keine Alarme aus dieser Datenquelle</translation>
    </message>
    <message>
        <source>Signal outcomes are not available from this source.</source>
        <translation>Signalergebnisse sind von dieser Quelle nicht verfügbar.</translation>
    </message>
</context>
</TS>
