#include "heapfix/Version.h"

#include <cstdio>

int main() {
    std::printf("heapfix-cli %s\n", heapfix::kToolVersion);
    return 0;
}
