#include "BackupStore.h"
