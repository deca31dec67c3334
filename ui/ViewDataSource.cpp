#include "ViewDataSource.h"

namespace virtuoso::ui {

void ViewDataSource::orderBook(const QString &, int, Reply<std::optional<OrderBookView>> done)
{
    done(std::nullopt);
}

void ViewDataSource::candles(const QString &, int, int, Reply<std::optional<CandleSeriesView>> done)
{
    done(std::nullopt);
}

void ViewDataSource::timeoutsAfter(quint64, Reply<std::vector<health::TimeoutEntry>> done)
{
    done({});
}

void ViewDataSource::timeoutHistory(qint64, qint64, Reply<std::vector<health::TimeoutEntry>> done)
{
    done({});
}

void ViewDataSource::warnings(Reply<std::vector<health::WarningAggregate>> done)
{
    done({});
}

} // namespace virtuoso::ui
