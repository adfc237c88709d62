// The boot repair's reads and edits on one hive, printed as text, through whichever RegistryTree this build
// has: on Linux the hive file through hivex (HiveHandle, edits kept in memory), on Windows a registry key
// through Win32Tree (under Wine: a key that `reg import` filled from hivexregedit's export of the same hive).
// tree-dump.sh and tree-dump-wine.sh compare both with the same expected text, so the two backends are held
// to one answer on the real BCD stores and SYSTEM hives.
//
// Usage: boot_tree_dump bcd|system <hive file | registry key>
// Prints the state, applies the repair's edits (BCD: delete the bad memory list, EMS on with port 1 at
// 115200 baud; SYSTEM: system-managed page file, crash dumps on), prints the state again; for SYSTEM then
// deletes a value (NMICrashDump) in every control set and prints it once more.

#include "model/boot/BcdElements.h"
#include "model/boot/BcdStore.h"
#include "model/boot/SystemBootSettings.h"

#ifdef _WIN32
#include "model/win32/Win32Tree.h"
#else
#include "model/hive/HiveHandle.h"
#endif

#include <fmt/format.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace heapfix;

namespace {

template <typename T>
std::string optionalText(const std::optional<T>& value) {
    return value ? fmt::format("{}", *value) : std::string("-");
}

std::string listText(const std::vector<std::string>& list) {
    return list.empty() ? std::string("-") : fmt::format("{}", fmt::join(list, " | "));
}

std::string failure(const Error& error) {
    return fmt::format("error: {}\n",
                       error.detail); // the subject is the file or the key: not the same on both
}

std::string dumpBcd(const RegistryTree& store) {
    Expected<BcdState, Error> state = readBcdState(store);
    Expected<std::vector<std::string>, Error> objects = bcdObjects(store);
    if (!state)
        return failure(state.error());
    if (!objects)
        return failure(objects.error());
    std::string text = fmt::format("objects: {}\n", fmt::join(*objects, " "));
    text += fmt::format("badmemory object: {}\n", state->hasBadMemoryObject ? "yes" : "no");
    text += "badmemory list: ";
    if (state->badMemoryList) {
        std::vector<std::string> pages;
        for (std::uint64_t page : *state->badMemoryList)
            pages.push_back(fmt::format("{:#x}", page));
        text += pages.empty() ? "(empty)" : fmt::format("{}", fmt::join(pages, " "));
    } else {
        text += "-";
    }
    text +=
        fmt::format("\nems loader: {}\nems enabled: {}\nems port: {}\nems baud: {}\n",
                    state->ems.loader.empty() ? "-" : state->ems.loader, state->ems.enabled ? "yes" : "no",
                    optionalText(state->ems.port), optionalText(state->ems.baud));
    return text;
}

std::string dumpSystem(const RegistryTree& system) {
    Expected<std::vector<std::string>, Error> sets = controlSetNames(system);
    if (!sets)
        return failure(sets.error());
    std::string text = fmt::format("control sets: {}\n", fmt::join(*sets, " "));
    for (const std::string& set : *sets) {
        Expected<PageFiles, Error> files = readPageFiles(system, set);
        if (!files) {
            text += fmt::format("{} page files: {}", set, failure(files.error()));
            continue;
        }
        text += fmt::format("{} existing: {}\n{} paging: {}\n{} misplaced: {}\n", set,
                            listText(files->existingPageFiles), set, listText(files->pagingFiles), set,
                            listText(files->misplaced));
    }
    Expected<std::vector<CrashDump>, Error> dumps = readCrashDumps(system);
    if (!dumps)
        return text + failure(dumps.error());
    for (const CrashDump& dump : *dumps)
        text += fmt::format("{} crash dump: enabled {} file {} nmi {}\n", dump.controlSet,
                            optionalText(dump.crashDumpEnabled), optionalText(dump.dumpFile),
                            optionalText(dump.nmiCrashDump));
    return text;
}

Expected<void, Error> edit(RegistryTree& tree, bool bcdStore) {
    if (bcdStore) {
        if (Expected<void, Error> done = deleteBadMemoryList(tree); !done)
            return done;
        return enableEms(tree, bcd::kSeedEmsPort, bcd::kSeedEmsBaudRate);
    }
    if (Expected<void, Error> done = resetPagingFiles(tree); !done)
        return done;
    return enableCrashDumps(tree);
}

// RegistryTree::deleteValue, which the repair itself does not need: NMICrashDump removed from every control
// set's CrashControl, named in another case, twice (the second time there is nothing to delete).
std::string deleteValues(RegistryTree& system) {
    Expected<std::vector<std::string>, Error> sets = controlSetNames(system);
    if (!sets)
        return failure(sets.error());
    for (const std::string& set : *sets) {
        Expected<RegistryTree::Key, Error> key = system.findKey({set, "Control", "CrashControl"});
        if (!key)
            return failure(key.error());
        for (int time = 0; time < 2; ++time)
            if (Expected<void, Error> deleted = system.deleteValue(*key, "nmicrashdump"); !deleted)
                return failure(deleted.error());
    }
    return dumpSystem(system);
}

} // namespace

static int run(const std::vector<std::string>& args) {
    if (args.size() != 2 || (args[0] != "bcd" && args[0] != "system")) {
        std::fprintf(stderr, "usage: boot_tree_dump bcd|system <hive file | registry key>\n");
        return 2;
    }
    const bool bcdStore = args[0] == "bcd";
#ifdef _WIN32
    Expected<Win32Tree, Error> opened = Win32Tree::open(args[1]);
#else
    Expected<HiveHandle, Error> opened = HiveHandle::open(args[1], HiveHandle::Mode::Write);
#endif
    if (!opened) {
        std::fputs(failure(opened.error()).c_str(), stderr);
        return 1;
    }
    RegistryTree& tree = *opened;
    std::string text = "== before\n" + (bcdStore ? dumpBcd(tree) : dumpSystem(tree));
    if (Expected<void, Error> edited = edit(tree, bcdStore); !edited)
        text += "== edit " + failure(edited.error());
    text += "== after\n" + (bcdStore ? dumpBcd(tree) : dumpSystem(tree));
    if (!bcdStore)
        text += "== NMICrashDump deleted\n" + deleteValues(tree);
    std::fputs(text.c_str(), stdout);
    return 0;
}

#ifdef _WIN32
int wmain(int argc, wchar_t** argv) {
    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.push_back(fromWide(argv[i]));
    return run(args);
}
#else
int main(int argc, char** argv) {
    return run(std::vector<std::string>(argv + 1, argv + argc));
}
#endif
