#include "RecommendationPolicy.h"
