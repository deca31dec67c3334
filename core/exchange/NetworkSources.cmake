# Bybit v5 network side: connections and their state machine, reconnect policy, topic planning,
# REST with its rate limiter, the market feed (network thread) and its applier (engine thread).
target_sources(virtuoso_core PRIVATE
    Backoff.h Backoff.cpp
    ConnectionPacer.h ConnectionPacer.cpp
    TopicPlanner.h TopicPlanner.cpp
    WebSocketTransport.h WebSocketTransport.cpp
    PublicConnection.h PublicConnection.cpp
    RateLimiter.h RateLimiter.cpp
    RestClient.h RestClient.cpp
    BulkFetch.h BulkFetch.cpp
    HistoryParsers.h HistoryParsers.cpp
    MarketBootstrap.h MarketBootstrap.cpp
    PublicMarketFeed.h PublicMarketFeed.cpp
    FeedApplier.h FeedApplier.cpp
    ConnectivityProbe.h ConnectivityProbe.cpp)
