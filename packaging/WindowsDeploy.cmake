# Windows with Qt (the windows-msvc preset): the Qt DLLs, plugins and Qt's own translations go beside
# heapfix.exe through windeployqt, run at install time (also for cpack's staging install); the MSVC runtime
# goes app-local so that the portable ZIP runs on a machine without the VC++ redistributable.
get_target_property(_hf_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(_hf_qt_bin "${_hf_qmake}" DIRECTORY)
find_program(HEAPFIX_WINDEPLOYQT windeployqt HINTS "${_hf_qt_bin}" REQUIRED)

install(CODE "
    set(_bin \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")
    execute_process(COMMAND \"${HEAPFIX_WINDEPLOYQT}\" --release --no-compiler-runtime --no-opengl-sw
                            --dir \"\${_bin}\" \"\${_bin}/heapfix.exe\"
                    RESULT_VARIABLE _result)
    if(NOT _result EQUAL 0)
        message(FATAL_ERROR \"windeployqt failed: \${_result}\")
    endif()
")

if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
    include(InstallRequiredSystemLibraries)
endif()
