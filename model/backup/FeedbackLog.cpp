#include "FeedbackLog.h"
