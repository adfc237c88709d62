#include "Target.h"

namespace heapfix {

std::string_view targetKindName(TargetKind kind) {
    switch (kind) {
    case TargetKind::Live:
        return "live";
    case TargetKind::Offline:
        return "offline";
    case TargetKind::Sample:
        return "sample";
    }
    return "unknown";
}

} // namespace heapfix
