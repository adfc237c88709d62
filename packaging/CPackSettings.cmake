# What CPack makes, per platform. The upgrade GUID never changes: it is the NSIS uninstall key (so a new
# version replaces the old one and fleet tools can detect heapfix by it) and WiX's UpgradeCode.
set(HEAPFIX_UPGRADE_GUID "DB7B0B70-C6F1-4374-9DBD-4532340ED711")

set(CPACK_PACKAGE_NAME "heapfix")
set(CPACK_PACKAGE_VENDOR "heapfix")
set(CPACK_PACKAGE_CONTACT "heapfix maintainers <maintainers@heapfix.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Repairs desktop-heap exhaustion on Windows (SharedSection), safely")
set(CPACK_PACKAGE_DESCRIPTION "A repair wizard and a command line for \"Out of memory\" with RAM to spare and \
services failing with 0xC0000142: raises the SharedSection numbers in the registry after a verified backup, \
for this Windows computer, an offline Windows installation, or a built-in sample.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "heapfix")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "{${HEAPFIX_UPGRADE_GUID}}")
set(CPACK_WIX_UPGRADE_GUID "${HEAPFIX_UPGRADE_GUID}")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON) # NSIS text below is written as NSIS reads it
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_BINARY_DIR}/CPackPerGenerator.cmake")
configure_file(CPackPerGenerator.cmake.in "${CMAKE_CURRENT_BINARY_DIR}/CPackPerGenerator.cmake" @ONLY)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_SYSTEM_NAME "win64")
    if(CMAKE_SIZEOF_VOID_P EQUAL 4)
        set(CPACK_SYSTEM_NAME "win32")
    endif()
    # The portable ZIP differs by one file: heapfix.portable beside the programs (a pre-build script).
    set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_SOURCE_DIR}/AddPortableMarker.cmake")

    include(nsis/NsisTemplate.cmake)
    set(CPACK_NSIS_PACKAGE_NAME "heapfix") # also the Start-menu folder: no version in it
    set(CPACK_NSIS_DISPLAY_NAME "heapfix")
    set(CPACK_NSIS_MUI_ICON "${HEAPFIX_RESOURCES}/heapfix.ico")
    set(CPACK_NSIS_MUI_UNIICON "${HEAPFIX_RESOURCES}/heapfix.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME [=[bin\heapfix-cli.exe]=])
    set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    if(CMAKE_SIZEOF_VOID_P EQUAL 8)
        # A 64-bit installer for a 64-bit program: it sees the real Program Files and registry (no WOW64
        # redirection), and it runs where only 64-bit programs run (this Wine, Windows on ARM's x64 layer).
        set(CPACK_NSIS_DEFINES "Unicode true\nTarget amd64-unicode")
        set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
    endif()
    if(TARGET heapfix)
        set(CPACK_PACKAGE_EXECUTABLES "heapfix;heapfix")
    else()
        # The cross build has only the command line: its shortcut opens a console showing its help.
        set(CPACK_NSIS_CREATE_ICONS_EXTRA [=[
  CreateShortCut "$SMPROGRAMS\$STARTMENU_FOLDER\heapfix command line.lnk" "$SYSDIR\cmd.exe" `/k "$INSTDIR\bin\heapfix-cli.exe" --help` "$INSTDIR\bin\heapfix-cli.exe"]=])
        set(CPACK_NSIS_DELETE_ICONS_EXTRA [=[
  Delete "$SMPROGRAMS\$MUI_TEMP\heapfix command line.lnk"]=])
    endif()
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_NAME "heapfix")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    if(TARGET heapfix)
        set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-translations-l10n") # Qt's own Dutch (buttons, dialogs)
    endif()
endif()
