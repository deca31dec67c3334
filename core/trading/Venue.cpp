#include "trading/Venue.h"

namespace virtuoso::trading {

const char *venueKindName(VenueKind kind)
{
    switch (kind) {
    case VenueKind::Paper:
        return "paper";
    case VenueKind::Simulator:
        return "simulator";
    case VenueKind::Testnet:
        return "testnet";
    case VenueKind::Demo:
        return "demo";
    case VenueKind::Live:
        return "live";
    }
    return "paper";
}

std::optional<VenueKind> venueKindFromName(std::string_view name)
{
    for (VenueKind kind :
         {VenueKind::Paper, VenueKind::Simulator, VenueKind::Testnet, VenueKind::Demo, VenueKind::Live}) {
        if (name == venueKindName(kind))
            return kind;
    }
    return std::nullopt;
}

std::string venueReplyText(const VenueReply &reply)
{
    if (reply.answerLost)
        return "answer lost" + (reply.retMsg.empty() ? std::string() : ": " + reply.retMsg);
    return std::to_string(reply.retCode) + " " + reply.retMsg;
}

} // namespace virtuoso::trading
