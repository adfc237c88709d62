# heapfix_boot_cli_tests(PREFIX <name> CLI <program>): the steps of boot-cli.sh as ctest tests in one
# fixture, in order: <name>_setup, then <name>_check, _refusals, _repair, _verify_repaired, _revert and
# _verify_reverted (the fixture's cleanup). Linux does the setup and the verifications with hivexregedit,
# hivexget and sha256sum; the program under test runs natively. (boot-cli.sh can also run it under Wine, EMULATOR=wine; the Windows build's
# own boot tests are boot-cli-wine.sh, because Wine's RegLoadKeyW loads no real hive.)
function(heapfix_boot_cli_tests)
    cmake_parse_arguments(B "" "PREFIX;CLI" "" ${ARGN})
    set(_script "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/boot-cli.sh")
    set(_env "WORK=${CMAKE_CURRENT_BINARY_DIR}/${B_PREFIX}-work" "CLI=${B_CLI}"
             "HIVES=${HEAPFIX_SHARED_DIR}/testdata/hives" "FIXTURES=${PROJECT_SOURCE_DIR}/tests/fixtures/bcd"
             "LANG=C.UTF-8" "LC_ALL=C.UTF-8")
    set(_previous "")
    foreach(_step setup check refusals repair verify-repaired revert verify-reverted)
        string(REPLACE "-" "_" _name "${B_PREFIX}_${_step}")
        add_test(NAME ${_name} COMMAND bash "${_script}" ${_step})
        set_tests_properties(${_name} PROPERTIES ENVIRONMENT "${_env}" TIMEOUT 300 LABELS boot
                             RESOURCE_LOCK ${B_PREFIX})
        if(_step STREQUAL "setup")
            set_property(TEST ${_name} APPEND PROPERTY FIXTURES_SETUP ${B_PREFIX})
        elseif(_step STREQUAL "verify-reverted")
            set_property(TEST ${_name} APPEND PROPERTY FIXTURES_CLEANUP ${B_PREFIX})
        else()
            set_property(TEST ${_name} APPEND PROPERTY FIXTURES_REQUIRED ${B_PREFIX})
        endif()
        if(_previous)
            set_property(TEST ${_name} APPEND PROPERTY DEPENDS ${_previous})
        endif()
        set(_previous ${_name})
    endforeach()
endfunction()
