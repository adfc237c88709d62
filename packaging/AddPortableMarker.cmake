# CPack pre-build script: the portable ZIP gets heapfix.portable beside the programs, so that heapfix keeps
# its backups, log and settings in heapfix-data\ beside them (see model/backup/DataLocation.h). No other
# package has the marker.
if(CPACK_GENERATOR STREQUAL "ZIP")
    file(WRITE "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/bin/heapfix.portable"
         "heapfix keeps its backups, feedback log and settings in heapfix-data beside this file.\r\n")
endif()
