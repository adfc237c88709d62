<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BootText</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>There is no file %1. Choose the BCD store itself (EFI\Microsoft\Boot\BCD or Boot\BCD), or clear the field to let heapfix look for it.</source>
        <translation>There is no file %1. Choose the BCD store itself (EFI\Microsoft\Boot\BCD or Boot\BCD), or clear the field to let heapfix look for it.</translation>
    </message>
    <message>
        <source>Choose the Windows folder of the installation that does not start.</source>
        <translation>Choose the Windows folder of the installation that does not start.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose the Windows folder of the installation that does not start.</source>
        <translation>The folder %1 does not exist. Choose the Windows folder of the installation that does not start.</translation>
    </message>
    <message>
        <source>There is no System32\config\SYSTEM in %1. Choose the Windows folder of the installation that does not start: the folder that holds System32.</source>
        <translation>There is no System32\config\SYSTEM in %1. Choose the Windows folder of the installation that does not start: the folder that holds System32.</translation>
    </message>
    <message>
        <source>heapfix looked for EFI\Microsoft\Boot\BCD and Boot\BCD in %1 and in every folder above it on the same disk, up to %2.</source>
        <translation>heapfix looked for EFI\Microsoft\Boot\BCD and Boot\BCD in %1 and in every folder above it on the same disk, up to %2.</translation>
    </message>
    <message>
        <source>No BCD store was found. %1 On a UEFI (generation 2) machine the store is on the EFI system partition, a separate partition of about 100 MB: mount it (or give it a drive letter) and choose its EFI\Microsoft\Boot\BCD file.</source>
        <translation>No BCD store was found. %1 On a UEFI (generation 2) machine the store is on the EFI system partition, a separate partition of about 100 MB: mount it (or give it a drive letter) and choose its EFI\Microsoft\Boot\BCD file.</translation>
    </message>
    <message>
        <source>%1 is not a BCD store: it is not a registry hive, or it is damaged. Choose the right file (EFI\Microsoft\Boot\BCD or Boot\BCD).</source>
        <translation>%1 is not a BCD store: it is not a registry hive, or it is damaged. Choose the right file (EFI\Microsoft\Boot\BCD or Boot\BCD).</translation>
    </message>
    <message>
        <source>The BCD store&apos;s boot manager does not name a Windows boot loader as its default entry, so heapfix does not guess which entry to change.</source>
        <translation>The BCD store&apos;s boot manager does not name a Windows boot loader as its default entry, so heapfix does not guess which entry to change.</translation>
    </message>
    <message>
        <source>An entry of the BCD store does not have the form bcdedit writes (%1).</source>
        <translation>An entry of the BCD store does not have the form bcdedit writes (%1).</translation>
    </message>
    <message>
        <source>Copy the files to the backup folder</source>
        <translation>Copy the files to the backup folder</translation>
    </message>
    <message>
        <source>Write the BCD store</source>
        <translation>Write the BCD store</translation>
    </message>
    <message>
        <source>Write the SYSTEM hive</source>
        <translation>Write the SYSTEM hive</translation>
    </message>
    <message>
        <source>Read back and check</source>
        <translation>Read back and check</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>not asked for</translation>
    </message>
    <message>
        <source>The files could not be read: %1 Nothing has been changed.</source>
        <translation>The files could not be read: %1 Nothing has been changed.</translation>
    </message>
    <message>
        <source>The backup could not be made: %1 Nothing has been changed. Choose a backup folder on a good disk with free space, not on the broken one.</source>
        <translation>The backup could not be made: %1 Nothing has been changed. Choose a backup folder on a good disk with free space, not on the broken one.</translation>
    </message>
    <message>
        <source>Writing was refused: %1 Nothing has been changed.</source>
        <translation>Writing was refused: %1 Nothing has been changed.</translation>
    </message>
    <message>
        <source>%1 changed after the repair (Windows or someone else wrote it). Putting the backup back would lose that change, so nothing was undone.</source>
        <translation>%1 changed after the repair (Windows or someone else wrote it). Putting the backup back would lose that change, so nothing was undone.</translation>
    </message>
    <message>
        <source>Read the files</source>
        <translation>Read the files</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>Only part of the repair was done: %1 Use &quot;Undo the repair&quot; below to put every file back as it was.</source>
        <translation>Only part of the repair was done: %1 Use &quot;Undo the repair&quot; below to put every file back as it was.</translation>
    </message>
    <message>
        <source>Only part of the repair was undone: %1 The backup is unchanged: once the cause is mended, use &quot;Undo the repair&quot; again to finish.</source>
        <translation>Only part of the repair was undone: %1 The backup is unchanged: once the cause is mended, use &quot;Undo the repair&quot; again to finish.</translation>
    </message>
    <message>
        <source>The changes could not be undone: %1 Nothing has been changed.</source>
        <translation>The changes could not be undone: %1 Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>The option %1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nl or en.</source>
        <translation>Unknown language &quot;%1&quot;: use nl or en.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Unknown option &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--software-hive needs --system-hive as well.</source>
        <translation>--software-hive needs --system-hive as well.</translation>
    </message>
    <message>
        <source>--bcd needs --windows-dir as well: the BCD store belongs to the offline installation in that folder.</source>
        <translation>--bcd needs --windows-dir as well: the BCD store belongs to the offline installation in that folder.</translation>
    </message>
    <message>
        <source>Usage: heapfix [options]
Fixes &quot;Out of memory&quot; errors and services that fail to start with a user32.dll error by
raising the Windows desktop heap, safely: a verified backup first.

Where the setting lives (default: this computer; on Linux the sample installation):
  --sample NAME           a built-in sample installation (%1)
  --windows-dir DIR       an offline Windows folder (its System32\config is used)
  --system-hive FILE      an offline SYSTEM hive file
  --software-hive FILE    its SOFTWARE hive file (for the Windows version)
  --bcd FILE              with --windows-dir: the installation&apos;s BCD store, for the repair of
                          &quot;Windows does not start: 0xC0000017&quot; (default: found on the same
                          disk, EFI\Microsoft\Boot\BCD or Boot\BCD)

Other options:
  --backup-dir DIR        keep backups in this folder
  --feedback [RECORD]     ask whether an earlier change solved the problem, with what
                          Windows logged since (RECORD: its backup&apos;s .json; default: the
                          newest backup of this installation)
  --lang nl|en            the language (default: the system&apos;s)
  --version               show the version and stop
  --help                  show this help and stop
</source>
        <translation>Usage: heapfix [options]
Fixes &quot;Out of memory&quot; errors and services that fail to start with a user32.dll error by
raising the Windows desktop heap, safely: a verified backup first.

Where the setting lives (default: this computer; on Linux the sample installation):
  --sample NAME           a built-in sample installation (%1)
  --windows-dir DIR       an offline Windows folder (its System32\config is used)
  --system-hive FILE      an offline SYSTEM hive file
  --software-hive FILE    its SOFTWARE hive file (for the Windows version)
  --bcd FILE              with --windows-dir: the installation&apos;s BCD store, for the repair of
                          &quot;Windows does not start: 0xC0000017&quot; (default: found on the same
                          disk, EFI\Microsoft\Boot\BCD or Boot\BCD)

Other options:
  --backup-dir DIR        keep backups in this folder
  --feedback [RECORD]     ask whether an earlier change solved the problem, with what
                          Windows logged since (RECORD: its backup&apos;s .json; default: the
                          newest backup of this installation)
  --lang nl|en            the language (default: the system&apos;s)
  --version               show the version and stop
  --help                  show this help and stop
</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>heapfix diagnostic report</source>
        <translation>heapfix diagnostic report</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>Installation: %1</translation>
    </message>
    <message>
        <source>Windows: %1 (%2.%3.%4, %5)</source>
        <translation>Windows: %1 (%2.%3.%4, %5)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Value before: %1</source>
        <translation>Value before: %1</translation>
    </message>
    <message>
        <source>The value could not be read: %1</source>
        <translation>The value could not be read: %1</translation>
    </message>
    <message>
        <source>Numbers before: %1</source>
        <translation>Numbers before: %1</translation>
    </message>
    <message>
        <source>Numbers after: %1</source>
        <translation>Numbers after: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Backup: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>Win32k 243, a desktop heap allocation failed</source>
        <translation>Win32k 243, a desktop heap allocation failed</translation>
    </message>
    <message>
        <source>Win32k 244, a desktop could not be created</source>
        <translation>Win32k 244, a desktop could not be created</translation>
    </message>
    <message>
        <source>Application Popup 26, a DLL initialization failure (0xC0000142)</source>
        <translation>Application Popup 26, a DLL initialization failure (0xC0000142)</translation>
    </message>
    <message>
        <source>Service Control Manager, a service failed with error 1114</source>
        <translation>Service Control Manager, a service failed with error 1114</translation>
    </message>
    <message>
        <source>The practice installation has no event log: on a real computer heapfix reads Windows&apos; System event log here to see whether the desktop heap ran out.</source>
        <translation>The practice installation has no event log: on a real computer heapfix reads Windows&apos; System event log here to see whether the desktop heap ran out.</translation>
    </message>
    <message>
        <source>Windows&apos; System event log could not be read, so heapfix cannot tell whether the desktop heap ran out: %1</source>
        <translation>Windows&apos; System event log could not be read, so heapfix cannot tell whether the desktop heap ran out: %1</translation>
    </message>
    <message>
        <source>Windows logged no desktop-heap failures in its System event log (%1 events). The problem may have another cause: a program that keeps making windows without freeing them, or too little memory (add memory to the computer). You can still go on.</source>
        <translation>Windows logged no desktop-heap failures in its System event log (%1 events). The problem may have another cause: a program that keeps making windows without freeing them, or too little memory (add memory to the computer). You can still go on.</translation>
    </message>
    <message>
        <source>Windows logged %1 desktop-heap failures in services since %2.</source>
        <translation>Windows logged %1 desktop-heap failures in services since %2.</translation>
    </message>
    <message>
        <source>Windows logged %1 desktop-heap failures in programs since %2.</source>
        <translation>Windows logged %1 desktop-heap failures in programs since %2.</translation>
    </message>
    <message>
        <source>Windows logged %1 desktop-heap failures since %2; the log does not say whether in services or in programs.</source>
        <translation>Windows logged %1 desktop-heap failures since %2; the log does not say whether in services or in programs.</translation>
    </message>
    <message>
        <source>The desktops as a whole ran out: raising a number would make it worse.</source>
        <translation>The desktops as a whole ran out: raising a number would make it worse.</translation>
    </message>
    <message>
        <source>Event log: %1</source>
        <translation>Event log: %1</translation>
    </message>
    <message>
        <source>Events in the log: %1</source>
        <translation>Events in the log: %1</translation>
    </message>
    <message>
        <source>The log covers: %1 to %2</source>
        <translation>The log covers: %1 to %2</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <source>Programs: %1</source>
        <translation>Programs: %1</translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation>Last failure: %1</translation>
    </message>
    <message>
        <source>No new desktop-heap failures since the change on %1, %2 before it.</source>
        <translation>No new desktop-heap failures since the change on %1, %2 before it.</translation>
    </message>
    <message>
        <source>Windows logged %1 new desktop-heap failures since the change on %2, %3 before it.</source>
        <translation>Windows logged %1 new desktop-heap failures since the change on %2, %3 before it.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>Windows gave this desktop the %1 KB of desktop heap that the setting asks for: the size took effect.</source>
        <translation>Windows gave this desktop the %1 KB of desktop heap that the setting asks for: the size took effect.</translation>
    </message>
    <message>
        <source>Windows gave this desktop only %1 KB of desktop heap, less than the %2 KB that the setting asks for. If the computer has restarted since the change, Windows could not reserve that much and fell back to smaller heaps: choose smaller numbers, or put the old setting back.</source>
        <translation>Windows gave this desktop only %1 KB of desktop heap, less than the %2 KB that the setting asks for. If the computer has restarted since the change, Windows could not reserve that much and fell back to smaller heaps: choose smaller numbers, or put the old setting back.</translation>
    </message>
    <message>
        <source>Windows still gives this desktop %1 KB of desktop heap, more than the %2 KB that the setting asks for: the setting counts from the next restart.</source>
        <translation>Windows still gives this desktop %1 KB of desktop heap, more than the %2 KB that the setting asks for: the setting counts from the next restart.</translation>
    </message>
    <message>
        <source>Windows gave this desktop %1 KB of desktop heap; no number of the setting decides its size.</source>
        <translation>Windows gave this desktop %1 KB of desktop heap; no number of the setting decides its size.</translation>
    </message>
    <message>
        <source>Windows does not tell the size of this desktop&apos;s heap, so heapfix cannot check that the size took effect.</source>
        <translation>Windows does not tell the size of this desktop&apos;s heap, so heapfix cannot check that the size took effect.</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>It was not found.</source>
        <translation>It was not found.</translation>
    </message>
    <message>
        <source>Windows refused access. Start heapfix as an administrator.</source>
        <translation>Windows refused access. Start heapfix as an administrator.</translation>
    </message>
    <message>
        <source>It is damaged or not what it claims to be.</source>
        <translation>It is damaged or not what it claims to be.</translation>
    </message>
    <message>
        <source>Reading or writing failed half-way.</source>
        <translation>Reading or writing failed half-way.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <source>Writing it would lose data, so heapfix did not.</source>
        <translation>Writing it would lose data, so heapfix did not.</translation>
    </message>
    <message>
        <source>It does not have the expected form.</source>
        <translation>It does not have the expected form.</translation>
    </message>
    <message>
        <source>It holds more than this one setting, so heapfix refuses it.</source>
        <translation>It holds more than this one setting, so heapfix refuses it.</translation>
    </message>
    <message>
        <source>This is not possible here.</source>
        <translation>This is not possible here.</translation>
    </message>
    <message>
        <source>What was read back differs from what was written.</source>
        <translation>What was read back differs from what was written.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(at character %1)</source>
        <translation>(at character %1)</translation>
    </message>
    <message>
        <source>The setting has no SharedSection part.</source>
        <translation>The setting has no SharedSection part.</translation>
    </message>
    <message>
        <source>The setting has more than one SharedSection part %1.</source>
        <translation>The setting has more than one SharedSection part %1.</translation>
    </message>
    <message>
        <source>A number is missing in SharedSection %1.</source>
        <translation>A number is missing in SharedSection %1.</translation>
    </message>
    <message>
        <source>SharedSection contains something that is not a number %1.</source>
        <translation>SharedSection contains something that is not a number %1.</translation>
    </message>
    <message>
        <source>SharedSection contains a negative number %1.</source>
        <translation>SharedSection contains a negative number %1.</translation>
    </message>
    <message>
        <source>SharedSection contains a number that is far too large %1.</source>
        <translation>SharedSection contains a number that is far too large %1.</translation>
    </message>
    <message>
        <source>SharedSection has only one number %1.</source>
        <translation>SharedSection has only one number %1.</translation>
    </message>
    <message>
        <source>SharedSection has more than three numbers %1.</source>
        <translation>SharedSection has more than three numbers %1.</translation>
    </message>
    <message>
        <source>SharedSection has a stray separator %1.</source>
        <translation>SharedSection has a stray separator %1.</translation>
    </message>
    <message>
        <source>Already large enough: stays as it is.</source>
        <translation>Already large enough: stays as it is.</translation>
    </message>
    <message>
        <source>Practically never needs changing: heapfix leaves it.</source>
        <translation>Practically never needs changing: heapfix leaves it.</translation>
    </message>
    <message>
        <source>Not involved in this problem: stays as it is.</source>
        <translation>Not involved in this problem: stays as it is.</translation>
    </message>
    <message>
        <source>Raised to the size Microsoft recommends for this Windows.</source>
        <translation>Raised to the size Microsoft recommends for this Windows.</translation>
    </message>
    <message>
        <source>Added: services get their own, smaller desktop heap (as Microsoft advises).</source>
        <translation>Added: services get their own, smaller desktop heap (as Microsoft advises).</translation>
    </message>
    <message>
        <source>Raised back to 3072 KB, the size Windows NT 3.1 used.</source>
        <translation>Raised back to 3072 KB, the size Windows NT 3.1 used.</translation>
    </message>
    <message>
        <source>The Windows version is not known: recommended from the form of the setting.</source>
        <translation>The Windows version is not known: recommended from the form of the setting.</translation>
    </message>
    <message>
        <source>%1: %2 KB is below the minimum of %3 KB.</source>
        <translation>%1: %2 KB is below the minimum of %3 KB.</translation>
    </message>
    <message>
        <source>%1: %2 KB is above the maximum of %3 KB.</source>
        <translation>%1: %2 KB is above the maximum of %3 KB.</translation>
    </message>
    <message>
        <source>%1: this number is practically never changed.</source>
        <translation>%1: this number is practically never changed.</translation>
    </message>
    <message>
        <source>%1: %2 KB is lower than the %3 KB you have now.</source>
        <translation>%1: %2 KB is lower than the %3 KB you have now.</translation>
    </message>
    <message>
        <source>%1: %2 KB is above %3 KB, the largest size Microsoft advises.</source>
        <translation>%1: %2 KB is above %3 KB, the largest size Microsoft advises.</translation>
    </message>
    <message>
        <source>%1: %2 KB is above %3 KB; every service would reserve that much.</source>
        <translation>%1: %2 KB is above %3 KB; every service would reserve that much.</translation>
    </message>
    <message>
        <source>The desktops would not fit in the %1 KB that this Windows has for them.</source>
        <translation>The desktops would not fit in the %1 KB that this Windows has for them.</translation>
    </message>
    <message>
        <source>%1: you have this number now; it cannot be removed.</source>
        <translation>%1: you have this number now; it cannot be removed.</translation>
    </message>
    <message>
        <source>Read the current setting</source>
        <translation>Read the current setting</translation>
    </message>
    <message>
        <source>Make and check a backup</source>
        <translation>Make and check a backup</translation>
    </message>
    <message>
        <source>Write the new numbers</source>
        <translation>Write the new numbers</translation>
    </message>
    <message>
        <source>Read back and check</source>
        <translation>Read back and check</translation>
    </message>
    <message>
        <source>Put the old value back</source>
        <translation>Put the old value back</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>Done: the new setting is in place and checked.</source>
        <translation>Done: the new setting is in place and checked.</translation>
    </message>
    <message>
        <source>Nothing needed to change: the setting already had these numbers.</source>
        <translation>Nothing needed to change: the setting already had these numbers.</translation>
    </message>
    <message>
        <source>The setting could not be read. Nothing was changed.</source>
        <translation>The setting could not be read. Nothing was changed.</translation>
    </message>
    <message>
        <source>The backup could not be made, so nothing was changed.</source>
        <translation>The backup could not be made, so nothing was changed.</translation>
    </message>
    <message>
        <source>The new setting could not be written. Nothing was changed: the old value is still in place.</source>
        <translation>The new setting could not be written. Nothing was changed: the old value is still in place.</translation>
    </message>
    <message>
        <source>The new setting could not be confirmed, so the old value was put back. Nothing has changed.</source>
        <translation>The new setting could not be confirmed, so the old value was put back. Nothing has changed.</translation>
    </message>
    <message>
        <source>The old value could not be put back. Restore the backup named below, or ask your helpdesk.</source>
        <translation>The old value could not be put back. Restore the backup named below, or ask your helpdesk.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programs</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Many programs open: &quot;Out of memory&quot;</source>
        <translation>Many programs open: &quot;Out of memory&quot;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Put the backup&apos;s value back</source>
        <translation>Put the backup&apos;s value back</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>not done</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Raised to %1 KB. Microsoft&apos;s article says 1024 KB, but it was written for 32-bit Windows: 64-bit Windows Vista and later already start at 768 KB and give programs 20480 KB.</source>
        <translation>Raised to %1 KB. Microsoft&apos;s article says 1024 KB, but it was written for 32-bit Windows: 64-bit Windows Vista and later already start at 768 KB and give programs 20480 KB.</translation>
    </message>
    <message>
        <source>Windows itself</source>
        <translation>Windows itself</translation>
    </message>
    <message>
        <source>A service does not start: &quot;%1&quot;</source>
        <translation>A service does not start: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Initialization of the dynamic link library user32.dll failed</source>
        <translation>Initialization of the dynamic link library user32.dll failed</translation>
    </message>
    <message>
        <source>If the problem is still there, the cause is probably something else:
• a program that keeps making windows or menus without freeing them (a leak): update or restart that program;
• too little memory: close programs you do not need, or add memory to the computer;
• otherwise, contact your helpdesk.</source>
        <translation>If the problem is still there, the cause is probably something else:
• a program that keeps making windows or menus without freeing them (a leak): update or restart that program;
• too little memory: close programs you do not need, or add memory to the computer;
• otherwise, contact your helpdesk.</translation>
    </message>
    <message>
        <source>Another heapfix is changing this installation right now. Wait until it has finished, then try again.</source>
        <translation>Another heapfix is changing this installation right now. Wait until it has finished, then try again.</translation>
    </message>
    <message>
        <source>This is a link, a folder or a special file, not a file: heapfix opens only regular files and never follows a link.</source>
        <translation>This is a link, a folder or a special file, not a file: heapfix opens only regular files and never follows a link.</translation>
    </message>
    <message>
        <source>The new setting is in place and was read back, but the disk could not confirm that it is stored for good. Check the disk before you restart: a power cut now could undo the change.</source>
        <translation>The new setting is in place and was read back, but the disk could not confirm that it is stored for good. Check the disk before you restart: a power cut now could undo the change.</translation>
    </message>
    <message>
        <source>Kept whole in the backup folder: %1 (from %2)</source>
        <translation>Kept whole in the backup folder: %1 (from %2)</translation>
    </message>
    <message>
        <source>Removed beside the hive, after it was replayed and kept in the backup: %1</source>
        <translation>Removed beside the hive, after it was replayed and kept in the backup: %1</translation>
    </message>
    <message>
        <source>Removed beside the hive: %1 unfinished file(s) that an earlier heapfix left there when it was stopped.</source>
        <translation>Removed beside the hive: %1 unfinished file(s) that an earlier heapfix left there when it was stopped.</translation>
    </message>
    <message>
        <source>This backup holds the setting with another type (for example a plain string instead of an expandable one). Windows starts with this setting, so heapfix never changes its type.</source>
        <translation>This backup holds the setting with another type (for example a plain string instead of an expandable one). Windows starts with this setting, so heapfix never changes its type.</translation>
    </message>
    <message>
        <source>The setting in this backup is not a valid Windows setting (it is empty, or does not have exactly one SharedSection part), so heapfix does not put it back.</source>
        <translation>The setting in this backup is not a valid Windows setting (it is empty, or does not have exactly one SharedSection part), so heapfix does not put it back.</translation>
    </message>
    <message>
        <source>The setting in this backup differs from the current one in more than the SharedSection numbers. heapfix only ever changes those numbers, so it does not put it back.</source>
        <translation>The setting in this backup differs from the current one in more than the SharedSection numbers. heapfix only ever changes those numbers, so it does not put it back.</translation>
    </message>
    <message>
        <source>The current setting is damaged, so heapfix changes nothing in it.</source>
        <translation>The current setting is damaged, so heapfix changes nothing in it.</translation>
    </message>
    <message>
        <source>It cannot be written: the file, its folder or its disk is read-only.</source>
        <translation>It cannot be written: the file, its folder or its disk is read-only.</translation>
    </message>
</context>
<context>
    <name>TargetText</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>An offline Windows installation: %1</source>
        <translation>An offline Windows installation: %1</translation>
    </message>
    <message>
        <source>The practice installation &quot;%1&quot; (nothing on this computer changes)</source>
        <translation>The practice installation &quot;%1&quot; (nothing on this computer changes)</translation>
    </message>
    <message>
        <source>heapfix works on this computer.</source>
        <translation>heapfix works on this computer.</translation>
    </message>
    <message>
        <source>heapfix works on the Windows installation in %1, not on this computer.</source>
        <translation>heapfix works on the Windows installation in %1, not on this computer.</translation>
    </message>
    <message>
        <source>Practice mode: heapfix works on the practice installation &quot;%1&quot;, not on this computer. Nothing on this computer changes.</source>
        <translation>Practice mode: heapfix works on the practice installation &quot;%1&quot;, not on this computer. Nothing on this computer changes.</translation>
    </message>
    <message>
        <source>Restart the computer: Windows uses the new numbers only after a restart.</source>
        <translation>Restart the computer: Windows uses the new numbers only after a restart.</translation>
    </message>
    <message>
        <source>The new numbers are in the installation in %1. Put the disk back in its own computer and start that Windows: it uses them from its next start.</source>
        <translation>The new numbers are in the installation in %1. Put the disk back in its own computer and start that Windows: it uses them from its next start.</translation>
    </message>
    <message>
        <source>This was the practice installation: nothing on this computer has changed. On a real computer, Windows uses the new numbers after a restart.</source>
        <translation>This was the practice installation: nothing on this computer has changed. On a real computer, Windows uses the new numbers after a restart.</translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation>32-bit</translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation>64-bit</translation>
    </message>
    <message>
        <source>Cannot be determined</source>
        <translation>Cannot be determined</translation>
    </message>
    <message>
        <source>Windows Server 2008 or later (from the SubSystems value)</source>
        <translation>Windows Server 2008 or later (from the SubSystems value)</translation>
    </message>
    <message>
        <source>Windows Vista or later (from the SubSystems value)</source>
        <translation>Windows Vista or later (from the SubSystems value)</translation>
    </message>
    <message>
        <source>Worked out from the setting itself: the installation&apos;s version information was not found.</source>
        <translation>Worked out from the setting itself: the installation&apos;s version information was not found.</translation>
    </message>
    <message>
        <source>The Windows version cannot be determined.</source>
        <translation>The Windows version cannot be determined.</translation>
    </message>
    <message>
        <source>Practice installation</source>
        <translation>Practice installation</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a registry hive. Choose the Windows folder of the installation.</source>
        <translation>%1 is empty: it is not a registry hive. Choose the Windows folder of the installation.</translation>
    </message>
    <message>
        <source>%1 is cut off: the file is shorter than a registry hive says it is, as after a copy that stopped half-way. Copy it again, whole, or choose the Windows folder on the disk itself.</source>
        <translation>%1 is cut off: the file is shorter than a registry hive says it is, as after a copy that stopped half-way. Copy it again, whole, or choose the Windows folder on the disk itself.</translation>
    </message>
    <message>
        <source>%1 is not a registry hive: it does not start with &quot;regf&quot;, as every hive does. Choose the file System32\config\SYSTEM, or the Windows folder of the installation.</source>
        <translation>%1 is not a registry hive: it does not start with &quot;regf&quot;, as every hive does. Choose the file System32\config\SYSTEM, or the Windows folder of the installation.</translation>
    </message>
    <message>
        <source>%1 is damaged: its first block does not add up. heapfix does not change a damaged hive.</source>
        <translation>%1 is damaged: its first block does not add up. heapfix does not change a damaged hive.</translation>
    </message>
    <message>
        <source>%1 is a registry hive, but not the SYSTEM hive (it has no Select key). Choose the file System32\config\SYSTEM, or the Windows folder of the installation.</source>
        <translation>%1 is a registry hive, but not the SYSTEM hive (it has no Select key). Choose the file System32\config\SYSTEM, or the Windows folder of the installation.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose the Windows folder of the installation.</source>
        <translation>The folder %1 does not exist. Choose the Windows folder of the installation.</translation>
    </message>
    <message>
        <source>There is no System32\config\SYSTEM in %1. Choose the Windows folder of the installation: the folder that holds System32.</source>
        <translation>There is no System32\config\SYSTEM in %1. Choose the Windows folder of the installation: the folder that holds System32.</translation>
    </message>
    <message>
        <source>There is no practice installation called &quot;%1&quot;. There are: %2.</source>
        <translation>There is no practice installation called &quot;%1&quot;. There are: %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s own settings can only be changed when heapfix runs on Windows. Choose a Windows folder or the practice installation.</source>
        <translation>This computer&apos;s own settings can only be changed when heapfix runs on Windows. Choose a Windows folder or the practice installation.</translation>
    </message>
    <message>
        <source>heapfix cannot open this Windows installation: %1</source>
        <translation>heapfix cannot open this Windows installation: %1</translation>
    </message>
    <message>
        <source>%1 is a link, a folder or a special file, not a file: heapfix opens only regular files. Choose the file itself.</source>
        <translation>%1 is a link, a folder or a special file, not a file: heapfix opens only regular files. Choose the file itself.</translation>
    </message>
</context>
<context>
    <name>heapfix::ApplyPage</name>
    <message>
        <source>Restart now</source>
        <translation>Restart now</translation>
    </message>
    <message>
        <source>Save your work in other programs first. Restart now?</source>
        <translation>Save your work in other programs first. Restart now?</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restoring the backup</translation>
    </message>
    <message>
        <source>Changing the setting</source>
        <translation>Changing the setting</translation>
    </message>
    <message>
        <source>Each step is checked before the next one starts.</source>
        <translation>Each step is checked before the next one starts.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Changing the setting…</source>
        <translation>Changing the setting…</translation>
    </message>
    <message>
        <source>Done: the backup&apos;s value is back in place and checked.</source>
        <translation>Done: the backup&apos;s value is back in place and checked.</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>Backup file: %1</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Restart now</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Before: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>After: %1</translation>
    </message>
    <message>
        <source>This installation&apos;s registry hive is damaged elsewhere: some keys cannot be read (see the details). heapfix can still change this one setting; it then checks that nothing else in the hive changed, and otherwise leaves the hive as it is. If you can, copy the disk first.</source>
        <translation>This installation&apos;s registry hive is damaged elsewhere: some keys cannot be read (see the details). heapfix can still change this one setting; it then checks that nothing else in the hive changed, and otherwise leaves the hive as it is. If you can, copy the disk first.</translation>
    </message>
    <message>
        <source>Change it &amp;anyway</source>
        <translation>Change it &amp;anyway</translation>
    </message>
</context>
<context>
    <name>heapfix::BackupPage</name>
    <message>
        <source>Choose a folder for the backup</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>First a copy of the current setting, so that you can always go back.</source>
        <translation>First a copy of the current setting, so that you can always go back.</translation>
    </message>
    <message>
        <source>&amp;Change the setting</source>
        <translation>&amp;Change the setting</translation>
    </message>
    <message>
        <source>heapfix saves the current setting in a file that Windows&apos; Registry Editor can also read, and checks that file before it changes anything.</source>
        <translation>heapfix saves the current setting in a file that Windows&apos; Registry Editor can also read, and checks that file before it changes anything.</translation>
    </message>
    <message>
        <source>The backup is made and checked.</source>
        <translation>The backup is made and checked.</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>Backup file: %1</translation>
    </message>
    <message>
        <source>Click &quot;Change the setting&quot; to write the new numbers. heapfix reads them back and puts the old value back if anything is wrong.</source>
        <translation>Click &quot;Change the setting&quot; to write the new numbers. heapfix reads them back and puts the old value back if anything is wrong.</translation>
    </message>
    <message>
        <source>The backup could not be made in %1. Nothing has been changed. Choose another folder, for example on a USB stick.</source>
        <translation>The backup could not be made in %1. Nothing has been changed. Choose another folder, for example on a USB stick.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Making the backup…</translation>
    </message>
    <message>
        <source>Choose &amp;another folder…</source>
        <translation>Choose &amp;another folder…</translation>
    </message>
    <message>
        <source>Record: %1
SHA-256: %2</source>
        <translation>Record: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Choose another folder</translation>
    </message>
    <message>
        <source>heapfix cannot change this installation, so it made no backup. Nothing has been changed.</source>
        <translation>heapfix cannot change this installation, so it made no backup. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>heapfix::BootCheckPage</name>
    <message>
        <source>What heapfix found</source>
        <translation>What heapfix found</translation>
    </message>
    <message>
        <source>The checks of Microsoft&apos;s article for 0xC0000017. Tick what heapfix should repair.</source>
        <translation>The checks of Microsoft&apos;s article for 0xC0000017. Tick what heapfix should repair.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Repair</translation>
    </message>
    <message>
        <source>Remove the bad memory list (as bcdedit /deletevalue {badmemory} badmemorylist)</source>
        <translation>Remove the bad memory list (as bcdedit /deletevalue {badmemory} badmemorylist)</translation>
    </message>
    <message>
        <source>Set the page file back to system-managed on the system drive (?:\pagefile.sys)</source>
        <translation>Set the page file back to system-managed on the system drive (?:\pagefile.sys)</translation>
    </message>
    <message>
        <source>Turn on the serial console (EMS) on port 1 at 115200 baud</source>
        <translation>Turn on the serial console (EMS) on port 1 at 115200 baud</translation>
    </message>
    <message>
        <source>The SYSTEM hive of the installation could not be read: %1 Nothing has been changed. Go back and choose the installation&apos;s Windows folder.</source>
        <translation>The SYSTEM hive of the installation could not be read: %1 Nothing has been changed. Go back and choose the installation&apos;s Windows folder.</translation>
    </message>
    <message>
        <source>The free space of the installation&apos;s disk could not be read.</source>
        <translation>The free space of the installation&apos;s disk could not be read.</translation>
    </message>
    <message>
        <source>Only %1 free on the installation&apos;s disk: below 300 MB Windows cannot start. Do this first: enlarge the disk (up to 1 TB for a virtual machine) or clean it up (Disk Cleanup, old files). heapfix does not resize disks or delete files.</source>
        <translation>Only %1 free on the installation&apos;s disk: below 300 MB Windows cannot start. Do this first: enlarge the disk (up to 1 TB for a virtual machine) or clean it up (Disk Cleanup, old files). heapfix does not resize disks or delete files.</translation>
    </message>
    <message>
        <source>Free space on the installation&apos;s disk: %1 (more than the 300 MB Windows needs to start).</source>
        <translation>Free space on the installation&apos;s disk: %1 (more than the 300 MB Windows needs to start).</translation>
    </message>
    <message>
        <source>The bad memory list and the serial console cannot be checked or repaired without the BCD store.</source>
        <translation>The bad memory list and the serial console cannot be checked or repaired without the BCD store.</translation>
    </message>
    <message>
        <source>Bad memory list: not checked (no BCD store).</source>
        <translation>Bad memory list: not checked (no BCD store).</translation>
    </message>
    <message>
        <source>Bad memory list: none.</source>
        <translation>Bad memory list: none.</translation>
    </message>
    <message>
        <source>Page file (%1): PagingFiles %2; ExistingPageFiles %3.</source>
        <translation>Page file (%1): PagingFiles %2; ExistingPageFiles %3.</translation>
    </message>
    <message>
        <source>It is at the default location.</source>
        <translation>It is at the default location.</translation>
    </message>
    <message>
        <source>Not at the default location: %1. Windows may not reach it while it starts.</source>
        <translation>Not at the default location: %1. Windows may not reach it while it starts.</translation>
    </message>
    <message>
        <source>%1: CrashDumpEnabled %2, DumpFile %3, NMICrashDump %4</source>
        <translation>%1: CrashDumpEnabled %2, DumpFile %3, NMICrashDump %4</translation>
    </message>
    <message>
        <source>Crash dumps are on as the article sets them:</source>
        <translation>Crash dumps are on as the article sets them:</translation>
    </message>
    <message>
        <source>Crash dumps are not set as the article recommends:</source>
        <translation>Crash dumps are not set as the article recommends:</translation>
    </message>
    <message>
        <source>A complete memory dump needs more free space than the machine has memory (RAM). RAM cannot be read from a disk: compare %1 free with the machine&apos;s memory size. If it is less, point DumpFile at a data disk afterwards.</source>
        <translation>A complete memory dump needs more free space than the machine has memory (RAM). RAM cannot be read from a disk: compare %1 free with the machine&apos;s memory size. If it is less, point DumpFile at a data disk afterwards.</translation>
    </message>
    <message>
        <source>A complete memory dump needs more free space than the machine has memory (RAM): compare the disk&apos;s free space with the machine&apos;s memory size.</source>
        <translation>A complete memory dump needs more free space than the machine has memory (RAM): compare the disk&apos;s free space with the machine&apos;s memory size.</translation>
    </message>
    <message>
        <source>Serial console (EMS): not checked (no BCD store).</source>
        <translation>Serial console (EMS): not checked (no BCD store).</translation>
    </message>
    <message>
        <source>Serial console (EMS): the BCD store names no default Windows boot loader, so heapfix does not guess which entry to change. Use bcdedit /ems {identifier} ON for the entry that starts.</source>
        <translation>Serial console (EMS): the BCD store names no default Windows boot loader, so heapfix does not guess which entry to change. Use bcdedit /ems {identifier} ON for the entry that starts.</translation>
    </message>
    <message>
        <source>Serial console (EMS) on the boot loader %1: %2; port %3, baud rate %4.</source>
        <translation>Serial console (EMS) on the boot loader %1: %2; port %3, baud rate %4.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>Click &quot;Repair&quot;: heapfix first copies the files it changes to the backup folder, then writes and checks them.</source>
        <translation>Click &quot;Repair&quot;: heapfix first copies the files it changes to the backup folder, then writes and checks them.</translation>
    </message>
    <message>
        <source>Tick at least one repair to go on.</source>
        <translation>Tick at least one repair to go on.</translation>
    </message>
    <message>
        <source>Windows folder: %1</source>
        <translation>Windows folder: %1</translation>
    </message>
    <message>
        <source>SYSTEM hive: %1</source>
        <translation>SYSTEM hive: %1</translation>
    </message>
    <message>
        <source>BCD store: %1</source>
        <translation>BCD store: %1</translation>
    </message>
    <message>
        <source>Current control set: %1</source>
        <translation>Current control set: %1</translation>
    </message>
    <message>
        <source>Free space: %1 bytes</source>
        <translation>Free space: %1 bytes</translation>
    </message>
    <message>
        <source>Turn on crash dumps in every control set (CrashDumpEnabled=1, NMICrashDump=1, MEMORY.DMP)</source>
        <translation>Turn on crash dumps in every control set (CrashDumpEnabled=1, NMICrashDump=1, MEMORY.DMP)</translation>
    </message>
    <message>
        <source>Bad memory list: pages marked as bad: %1 (%2). They can keep Windows from making its RAM disk.</source>
        <translation>Bad memory list: pages marked as bad: %1 (%2). They can keep Windows from making its RAM disk.</translation>
    </message>
</context>
<context>
    <name>heapfix::BootLocatePage</name>
    <message>
        <source>Choose the Windows folder of the installation that does not start</source>
        <translation>Choose the Windows folder of the installation that does not start</translation>
    </message>
    <message>
        <source>Choose the BCD store</source>
        <translation>Choose the BCD store</translation>
    </message>
    <message>
        <source>BCD store (BCD);;All files (*)</source>
        <translation>BCD store (BCD);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a folder for the backup</source>
        <translation>Choose a folder for the backup</translation>
    </message>
    <message>
        <source>Windows does not start: 0xC0000017</source>
        <translation>Windows does not start: 0xC0000017</translation>
    </message>
    <message>
        <source>Which installation should heapfix repair?</source>
        <translation>Which installation should heapfix repair?</translation>
    </message>
    <message>
        <source>Attach the disk of the Windows that does not start to this computer, for example to a repair virtual machine. heapfix does the steps of Microsoft&apos;s article for this stop code on that disk: it checks the free space, the bad memory list, the page file, crash dumps and the serial console, and copies every file it changes to the backup folder first.</source>
        <translation>Attach the disk of the Windows that does not start to this computer, for example to a repair virtual machine. heapfix does the steps of Microsoft&apos;s article for this stop code on that disk: it checks the free space, the bad memory list, the page file, crash dumps and the serial console, and copies every file it changes to the backup folder first.</translation>
    </message>
    <message>
        <source>&amp;Windows folder of the installation that does not start:</source>
        <translation>&amp;Windows folder of the installation that does not start:</translation>
    </message>
    <message>
        <source>BCD &amp;store (empty: heapfix looks for it on the same disk):</source>
        <translation>BCD &amp;store (empty: heapfix looks for it on the same disk):</translation>
    </message>
    <message>
        <source>Backup &amp;folder (on a good disk, not on the broken one):</source>
        <translation>Backup &amp;folder (on a good disk, not on the broken one):</translation>
    </message>
    <message>
        <source>for example /mnt/broken/Windows or F:\Windows</source>
        <translation>for example /mnt/broken/Windows or F:\Windows</translation>
    </message>
    <message>
        <source>found automatically: EFI\Microsoft\Boot\BCD or Boot\BCD</source>
        <translation>found automatically: EFI\Microsoft\Boot\BCD or Boot\BCD</translation>
    </message>
    <message>
        <source>Windows folder</source>
        <translation>Windows folder</translation>
    </message>
    <message>
        <source>BCD store</source>
        <translation>BCD store</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Choose the Windows folder of the installation that does not start.</source>
        <translation>Choose the Windows folder of the installation that does not start.</translation>
    </message>
    <message>
        <source>SYSTEM hive: %1</source>
        <translation>SYSTEM hive: %1</translation>
    </message>
    <message>
        <source>BCD store: %1</source>
        <translation>BCD store: %1</translation>
    </message>
    <message>
        <source>BCD store found: %1</source>
        <translation>BCD store found: %1</translation>
    </message>
    <message>
        <source>No BCD store was found. %1 Mount the EFI system partition and choose its EFI\Microsoft\Boot\BCD, or go on: the repairs of the SYSTEM hive work without it.</source>
        <translation>No BCD store was found. %1 Mount the EFI system partition and choose its EFI\Microsoft\Boot\BCD, or go on: the repairs of the SYSTEM hive work without it.</translation>
    </message>
    <message>
        <source>The practice BCD store could not be made: %1</source>
        <translation>The practice BCD store could not be made: %1</translation>
    </message>
    <message>
        <source>Practice mode: the installation below is the practice installation, with a practice BCD store beside it that has a bad memory list and the serial console off. Nothing on this computer changes.</source>
        <translation>Practice mode: the installation below is the practice installation, with a practice BCD store beside it that has a bad memory list and the serial console off. Nothing on this computer changes.</translation>
    </message>
</context>
<context>
    <name>heapfix::BootRepairPage</name>
    <message>
        <source>Repairing the installation</source>
        <translation>Repairing the installation</translation>
    </message>
    <message>
        <source>First the backup, then each file is written and read back.</source>
        <translation>First the backup, then each file is written and read back.</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Repairing…</translation>
    </message>
    <message>
        <source>Done: the repairs are written, read back and checked.</source>
        <translation>Done: the repairs are written, read back and checked.</translation>
    </message>
    <message>
        <source>Backup of the original files: %1</source>
        <translation>Backup of the original files: %1</translation>
    </message>
    <message>
        <source>This was the practice installation: nothing on this computer has changed.</source>
        <translation>This was the practice installation: nothing on this computer has changed.</translation>
    </message>
    <message>
        <source>Delete the old page file %1 on that disk: Windows no longer uses it (heapfix does not delete it).</source>
        <translation>Delete the old page file %1 on that disk: Windows no longer uses it (heapfix does not delete it).</translation>
    </message>
    <message>
        <source>Compare the free space, %1, with the machine&apos;s memory (RAM): a complete memory dump needs more. If it is less, point DumpFile at a data disk.</source>
        <translation>Compare the free space, %1, with the machine&apos;s memory (RAM): a complete memory dump needs more. If it is less, point DumpFile at a data disk.</translation>
    </message>
    <message>
        <source>Below 300 MB free: enlarge the disk or clean it up before you start the machine.</source>
        <translation>Below 300 MB free: enlarge the disk or clean it up before you start the machine.</translation>
    </message>
    <message>
        <source>Detach the disk and start the machine again (in Azure: rebuild the virtual machine).</source>
        <translation>Detach the disk and start the machine again (in Azure: rebuild the virtual machine).</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>What to do next:</translation>
    </message>
    <message>
        <source>%1 → %2 (SHA-256 %3)</source>
        <translation>%1 → %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Kept aside: %1</source>
        <translation>Kept aside: %1</translation>
    </message>
    <message>
        <source>Undo the repair</source>
        <translation>Undo the repair</translation>
    </message>
    <message>
        <source>Put every file heapfix changed back as it was before the repair? heapfix takes them from its backup.</source>
        <translation>Put every file heapfix changed back as it was before the repair? heapfix takes them from its backup.</translation>
    </message>
    <message>
        <source>&amp;Undo the repair</source>
        <translation>&amp;Undo the repair</translation>
    </message>
    <message>
        <source>Undone: the files are back as they were before the repair (%1 put back). The files as heapfix had left them are kept beside them, ending in .heapfix-before-revert-….</source>
        <translation>Undone: the files are back as they were before the repair (%1 put back). The files as heapfix had left them are kept beside them, ending in .heapfix-before-revert-….</translation>
    </message>
    <message>
        <source>Put back: %1</source>
        <translation>Put back: %1</translation>
    </message>
</context>
<context>
    <name>heapfix::CopyFields</name>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Copied: %1. Paste it with Ctrl+V.</source>
        <translation>Copied: %1. Paste it with Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>heapfix::CurrentSettingsPage</name>
    <message>
        <source>Your current settings</source>
        <translation>Your current settings</translation>
    </message>
    <message>
        <source>Windows sizes its desktop heaps with three numbers, in kilobytes (KB).</source>
        <translation>Windows sizes its desktop heaps with three numbers, in kilobytes (KB).</translation>
    </message>
    <message>
        <source>For each desktop where you work with programs. When it is full, programs say &quot;Out of memory&quot;.</source>
        <translation>For each desktop where you work with programs. When it is full, programs say &quot;Out of memory&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The setting cannot be understood, so heapfix will not change it. %1</source>
        <translation>The setting cannot be understood, so heapfix will not change it. %1</translation>
    </message>
    <message>
        <source>The setting could not be read.</source>
        <translation>The setting could not be read.</translation>
    </message>
    <message>
        <source>Key: %1
Value: %2 (%3)
Data: %4</source>
        <translation>Key: %1
Value: %2 (%3)
Data: %4</translation>
    </message>
    <message>
        <source>A desktop heap is a small memory area in which Windows keeps the windows, menus and icons of the programs on a desktop. These are your numbers now:</source>
        <translation>A desktop heap is a small memory area in which Windows keeps the windows, menus and icons of the programs on a desktop. These are your numbers now:</translation>
    </message>
    <message>
        <source>For Windows itself, shared by all desktops. Practically never needs changing.</source>
        <translation>For Windows itself, shared by all desktops. Practically never needs changing.</translation>
    </message>
    <message>
        <source>For each desktop of the services that run in the background. When it is not set, Windows uses the number for programs.</source>
        <translation>For each desktop of the services that run in the background. When it is not set, Windows uses the number for programs.</translation>
    </message>
    <message>
        <source>heapfix advises larger numbers for this Windows: %1 instead of %2. To change them, start heapfix again and choose &quot;Fix the problem for me&quot;.</source>
        <translation>heapfix advises larger numbers for this Windows: %1 instead of %2. To change them, start heapfix again and choose &quot;Fix the problem for me&quot;.</translation>
    </message>
    <message>
        <source>Your numbers are large enough: heapfix advises no change.</source>
        <translation>Your numbers are large enough: heapfix advises no change.</translation>
    </message>
    <message>
        <source>The three numbers of SharedSection, in KB: the shared heap, the heap of each desktop of the interactive window station (WinSta0), and the heap of each desktop of a non-interactive window station (services).</source>
        <translation>The three numbers of SharedSection, in KB: the shared heap, the heap of each desktop of the interactive window station (WinSta0), and the heap of each desktop of a non-interactive window station (services).</translation>
    </message>
    <message>
        <source>The log points at services: %1 of the failures were on the desktops of services, while you chose programs that say &quot;Out of memory&quot;. heapfix proposes numbers for what you chose, unless you take the log&apos;s choice.</source>
        <translation>The log points at services: %1 of the failures were on the desktops of services, while you chose programs that say &quot;Out of memory&quot;. heapfix proposes numbers for what you chose, unless you take the log&apos;s choice.</translation>
    </message>
    <message>
        <source>The log points at programs: %1 of the failures were on the desktops where you work with programs, while you chose a service that does not start. heapfix proposes numbers for what you chose, unless you take the log&apos;s choice.</source>
        <translation>The log points at programs: %1 of the failures were on the desktops where you work with programs, while you chose a service that does not start. heapfix proposes numbers for what you chose, unless you take the log&apos;s choice.</translation>
    </message>
    <message>
        <source>Propose numbers for &amp;services</source>
        <translation>Propose numbers for &amp;services</translation>
    </message>
    <message>
        <source>Propose numbers for &amp;programs</source>
        <translation>Propose numbers for &amp;programs</translation>
    </message>
</context>
<context>
    <name>heapfix::DetailsSection</name>
    <message>
        <source>Hide details</source>
        <translation>Hide details</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Show details</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technical details</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Hide &amp;details</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
</context>
<context>
    <name>heapfix::FeedbackPage</name>
    <message>
        <source>Save the diagnostic report</source>
        <translation>Save the diagnostic report</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Is the problem solved?</source>
        <translation>Is the problem solved?</translation>
    </message>
    <message>
        <source>Your answer stays on this computer, in heapfix&apos;s feedback log. Nothing is sent.</source>
        <translation>Your answer stays on this computer, in heapfix&apos;s feedback log. Nothing is sent.</translation>
    </message>
    <message>
        <source>&amp;Yes, the problem is solved</source>
        <translation>&amp;Yes, the problem is solved</translation>
    </message>
    <message>
        <source>&amp;No, the problem is still there</source>
        <translation>&amp;No, the problem is still there</translation>
    </message>
    <message>
        <source>Thank you! Click Finish to close heapfix.</source>
        <translation>Thank you! Click Finish to close heapfix.</translation>
    </message>
    <message>
        <source>&amp;Save a diagnostic report…</source>
        <translation>&amp;Save a diagnostic report…</translation>
    </message>
    <message>
        <source>Save a diagnostic report</source>
        <translation>Save a diagnostic report</translation>
    </message>
    <message>
        <source>Your answer could not be written to the feedback log: %1 Click Finish again to close heapfix anyway.</source>
        <translation>Your answer could not be written to the feedback log: %1 Click Finish again to close heapfix anyway.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <source>The report is saved: %1</source>
        <translation>The report is saved: %1</translation>
    </message>
    <message>
        <source>Put the old setting back now</source>
        <translation>Put the old setting back now</translation>
    </message>
    <message>
        <source>&amp;Put the old setting back now</source>
        <translation>&amp;Put the old setting back now</translation>
    </message>
    <message>
        <source>Restart the computer, if you have not done so yet: the new numbers only count after a restart.</source>
        <translation>Restart the computer, if you have not done so yet: the new numbers only count after a restart.</translation>
    </message>
    <message>
        <source>Put the disk back in its own computer and start that Windows, if you have not done so yet: it uses the new numbers from its next start.</source>
        <translation>Put the disk back in its own computer and start that Windows, if you have not done so yet: it uses the new numbers from its next start.</translation>
    </message>
    <message>
        <source>This was practice: on a real computer, restart it first: the new numbers only count after a restart.</source>
        <translation>This was practice: on a real computer, restart it first: the new numbers only count after a restart.</translation>
    </message>
    <message>
        <source>What you can do next:</source>
        <translation>What you can do next:</translation>
    </message>
    <message>
        <source>Put the old setting back: start heapfix again and choose &quot;Restore an earlier backup&quot;.</source>
        <translation>Put the old setting back: start heapfix again and choose &quot;Restore an earlier backup&quot;.</translation>
    </message>
    <message>
        <source>Add memory to the computer, or run fewer programs at the same time.</source>
        <translation>Add memory to the computer, or run fewer programs at the same time.</translation>
    </message>
    <message>
        <source>Contact your helpdesk and give them the diagnostic report.</source>
        <translation>Contact your helpdesk and give them the diagnostic report.</translation>
    </message>
    <message>
        <source>there is no backup of the change to ask about</source>
        <translation>there is no backup of the change to ask about</translation>
    </message>
    <message>
        <source>&amp;Ask me after the restart</source>
        <translation>&amp;Ask me after the restart</translation>
    </message>
    <message>
        <source>Whether the change helped shows once that Windows has run with it. Start that Windows and use it as before; then, with its disk here again, run:
heapfix --windows-dir &quot;%1&quot; --feedback
heapfix then shows what Windows logged since the change and asks again.</source>
        <translation>Whether the change helped shows once that Windows has run with it. Start that Windows and use it as before; then, with its disk here again, run:
heapfix --windows-dir &quot;%1&quot; --feedback
heapfix then shows what Windows logged since the change and asks again.</translation>
    </message>
    <message>
        <source>heapfix will start after the restart and ask whether the problem is solved, with what Windows logged since the change. Click Finish, then restart the computer.</source>
        <translation>heapfix will start after the restart and ask whether the problem is solved, with what Windows logged since the change. Click Finish, then restart the computer.</translation>
    </message>
    <message>
        <source>heapfix could not arrange to ask after the restart: %1</source>
        <translation>heapfix could not arrange to ask after the restart: %1</translation>
    </message>
</context>
<context>
    <name>heapfix::HeapfixWizard</name>
    <message>
        <source>heapfix — Fix desktop heap problems</source>
        <translation>heapfix — Fix desktop heap problems</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>heapfix::ManualStepsPage</name>
    <message>
        <source>Fix this problem yourself</source>
        <translation>Fix this problem yourself</translation>
    </message>
    <message>
        <source>The steps in Registry Editor for this Windows, with the exact new value to copy.</source>
        <translation>The steps in Registry Editor for this Windows, with the exact new value to copy.</translation>
    </message>
    <message>
        <source>Important: a mistake in the registry can stop Windows from starting. Follow these steps carefully.</source>
        <translation>Important: a mistake in the registry can stop Windows from starting. Follow these steps carefully.</translation>
    </message>
    <message>
        <source>1. On a working Windows, start Registry Editor as an administrator (press Windows+R, type regedit, press Enter).</source>
        <translation>1. On a working Windows, start Registry Editor as an administrator (press Windows+R, type regedit, press Enter).</translation>
    </message>
    <message>
        <source>2. Select HKEY_LOCAL_MACHINE, choose File &gt; Load Hive… and open %1. Name it BROKENSYSTEM.</source>
        <translation>2. Select HKEY_LOCAL_MACHINE, choose File &gt; Load Hive… and open %1. Name it BROKENSYSTEM.</translation>
    </message>
    <message>
        <source>1. Start Registry Editor: press Windows+R, type regedit and press Enter.</source>
        <translation>1. Start Registry Editor: press Windows+R, type regedit and press Enter.</translation>
    </message>
    <message>
        <source>2. Go to the key below (you can paste it into the address bar).</source>
        <translation>2. Go to the key below (you can paste it into the address bar).</translation>
    </message>
    <message>
        <source>3. Make a backup first: choose File &gt; Export…, &quot;Selected branch&quot;, and save the file.</source>
        <translation>3. Make a backup first: choose File &gt; Export…, &quot;Selected branch&quot;, and save the file.</translation>
    </message>
    <message>
        <source>4. Double-click the value &quot;Windows&quot;.</source>
        <translation>4. Double-click the value &quot;Windows&quot;.</translation>
    </message>
    <message>
        <source>5. Replace the SharedSection part with the one below, or replace the whole text with the new value below. Change nothing else.</source>
        <translation>5. Replace the SharedSection part with the one below, or replace the whole text with the new value below. Change nothing else.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>&amp;SharedSection:</source>
        <translation>&amp;SharedSection:</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>New &amp;value:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>3. Go to the key below. Make a backup first: choose File &gt; Export…, &quot;Selected branch&quot;, and save the file on this computer.</source>
        <translation>3. Go to the key below. Make a backup first: choose File &gt; Export…, &quot;Selected branch&quot;, and save the file on this computer.</translation>
    </message>
    <message>
        <source>6. Click OK.</source>
        <translation>6. Click OK.</translation>
    </message>
    <message>
        <source>7. Select BROKENSYSTEM, choose File &gt; Unload Hive…, put the disk back in its own computer and start that Windows: it uses the new numbers from then on.</source>
        <translation>7. Select BROKENSYSTEM, choose File &gt; Unload Hive…, put the disk back in its own computer and start that Windows: it uses the new numbers from then on.</translation>
    </message>
    <message>
        <source>7. Close Registry Editor and restart the computer: the new numbers only count after a restart.</source>
        <translation>7. Close Registry Editor and restart the computer: the new numbers only count after a restart.</translation>
    </message>
    <message>
        <source>This is the practice installation: the steps are for practice, on a real Windows.</source>
        <translation>This is the practice installation: the steps are for practice, on a real Windows.</translation>
    </message>
    <message>
        <source>Nothing needs to change: your numbers are already large enough.</source>
        <translation>Nothing needs to change: your numbers are already large enough.</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>the key</translation>
    </message>
    <message>
        <source>the SharedSection part</source>
        <translation>the SharedSection part</translation>
    </message>
    <message>
        <source>the new value</source>
        <translation>the new value</translation>
    </message>
</context>
<context>
    <name>heapfix::PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Browse for %1</translation>
    </message>
</context>
<context>
    <name>heapfix::ProposalPage</name>
    <message>
        <source>Please correct this first:</source>
        <translation>Please correct this first:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Your numbers now and the numbers heapfix recommends, with the reason.</source>
        <translation>Your numbers now and the numbers heapfix recommends, with the reason.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>%1, recommended: %2</source>
        <translation>%1, recommended: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>The setting could not be read, so there is no proposal.</source>
        <translation>The setting could not be read, so there is no proposal.</translation>
    </message>
    <message>
        <source>heapfix recommends larger desktop heaps. Click Next to make a backup; nothing is changed before that.</source>
        <translation>heapfix recommends larger desktop heaps. Click Next to make a backup; nothing is changed before that.</translation>
    </message>
    <message>
        <source>Nothing needs to change: your numbers are already at or above what Microsoft recommends for this Windows.</source>
        <translation>Nothing needs to change: your numbers are already at or above what Microsoft recommends for this Windows.</translation>
    </message>
    <message>
        <source>&amp;Choose my own numbers (advanced)</source>
        <translation>&amp;Choose my own numbers (advanced)</translation>
    </message>
    <message>
        <source>Your own numbers, in KB (from 128 to 65536)</source>
        <translation>Your own numbers, in KB (from 128 to 65536)</translation>
    </message>
    <message>
        <source>%1: type a number.</source>
        <translation>%1: type a number.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number. Type digits only, the size in KB.</source>
        <translation>%1: &quot;%2&quot; is not a number. Type digits only, the size in KB.</translation>
    </message>
    <message>
        <source>These are the numbers you have now: nothing would change. Click Finish to close heapfix, or type other numbers.</source>
        <translation>These are the numbers you have now: nothing would change. Click Finish to close heapfix, or type other numbers.</translation>
    </message>
    <message>
        <source>Windows &amp;itself (KB):</source>
        <translation>Windows &amp;itself (KB):</translation>
    </message>
    <message>
        <source>&amp;Programs (KB):</source>
        <translation>&amp;Programs (KB):</translation>
    </message>
    <message>
        <source>Ser&amp;vices (KB):</source>
        <translation>Ser&amp;vices (KB):</translation>
    </message>
    <message>
        <source>Windows&apos; event log shows that the desktops as a whole ran out: raising a number would make it worse.</source>
        <translation>Windows&apos; event log shows that the desktops as a whole ran out: raising a number would make it worse.</translation>
    </message>
    <message>
        <source>What fits: %1 instead of %2 (a smaller number for services), as your own numbers.</source>
        <translation>What fits: %1 instead of %2 (a smaller number for services), as your own numbers.</translation>
    </message>
</context>
<context>
    <name>heapfix::RestorePage</name>
    <message>
        <source>Choose the folder with the backups</source>
        <translation>Choose the folder with the backups</translation>
    </message>
    <message>
        <source>Restore an earlier backup</source>
        <translation>Restore an earlier backup</translation>
    </message>
    <message>
        <source>Choose a backup. Your current setting is backed up first, so this can be undone too.</source>
        <translation>Choose a backup. Your current setting is backed up first, so this can be undone too.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restore this backup</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Numbers (KB)</source>
        <translation>Numbers (KB)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Look in &amp;another folder…</source>
        <translation>Look in &amp;another folder…</translation>
    </message>
    <message>
        <source>Look in another folder</source>
        <translation>Look in another folder</translation>
    </message>
    <message>
        <source>There are no backups in %1.</source>
        <translation>There are no backups in %1.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>Backups in %1, newest first:</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>This backup cannot be restored: %1</translation>
    </message>
    <message>
        <source>This backup holds the setting you have now: nothing to restore.</source>
        <translation>This backup holds the setting you have now: nothing to restore.</translation>
    </message>
    <message>
        <source>Now: SharedSection=%1
After restoring: SharedSection=%2</source>
        <translation>Now: SharedSection=%1
After restoring: SharedSection=%2</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(cannot be read)</translation>
    </message>
    <message>
        <source>This backup was made of another installation (%1).</source>
        <translation>This backup was made of another installation (%1).</translation>
    </message>
</context>
<context>
    <name>heapfix::SavedPath</name>
    <message>
        <source>No program on this computer could open the folder. Go to it yourself: %1</source>
        <translation>No program on this computer could open the folder. Go to it yourself: %1</translation>
    </message>
    <message>
        <source>The path is copied: paste it where you need it.</source>
        <translation>The path is copied: paste it where you need it.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <source>Copy pa&amp;th</source>
        <translation>Copy pa&amp;th</translation>
    </message>
</context>
<context>
    <name>heapfix::StepProgress</name>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>heapfix::SystemCheckPage</name>
    <message>
        <source>Cannot be determined</source>
        <translation>Cannot be determined</translation>
    </message>
    <message>
        <source>System check</source>
        <translation>System check</translation>
    </message>
    <message>
        <source>Which Windows heapfix is looking at, and whether it can change the setting.</source>
        <translation>Which Windows heapfix is looking at, and whether it can change the setting.</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Windows:</translation>
    </message>
    <message>
        <source>Version and build:</source>
        <translation>Version and build:</translation>
    </message>
    <message>
        <source>32 or 64-bit:</source>
        <translation>32 or 64-bit:</translation>
    </message>
    <message>
        <source>Installation:</source>
        <translation>Installation:</translation>
    </message>
    <message>
        <source>Administrator rights:</source>
        <translation>Administrator rights:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No: heapfix can look, but not change the setting</source>
        <translation>No: heapfix can look, but not change the setting</translation>
    </message>
    <message>
        <source>Not needed: the installation is a set of files</source>
        <translation>Not needed: the installation is a set of files</translation>
    </message>
    <message>
        <source>The setting could not be read: %1</source>
        <translation>The setting could not be read: %1</translation>
    </message>
    <message>
        <source>The setting could be read.</source>
        <translation>The setting could be read.</translation>
    </message>
    <message>
        <source>Registry key: %1</source>
        <translation>Registry key: %1</translation>
    </message>
    <message>
        <source>Control set: %1</source>
        <translation>Control set: %1</translation>
    </message>
</context>
<context>
    <name>heapfix::TargetChooser</name>
    <message>
        <source>Choose the Windows folder of the installation</source>
        <translation>Choose the Windows folder of the installation</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>A Windows folder (a disk from another computer)</source>
        <translation>A Windows folder (a disk from another computer)</translation>
    </message>
    <message>
        <source>The practice installation</source>
        <translation>The practice installation</translation>
    </message>
    <message>
        <source>&amp;Work on:</source>
        <translation>&amp;Work on:</translation>
    </message>
    <message>
        <source>Work on</source>
        <translation>Work on</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Change the installation</source>
        <translation>Change the installation</translation>
    </message>
    <message>
        <source>The Windows folder of the installation (the folder that holds System32):</source>
        <translation>The Windows folder of the installation (the folder that holds System32):</translation>
    </message>
    <message>
        <source>Windows folder</source>
        <translation>Windows folder</translation>
    </message>
    <message>
        <source>for example F:\Windows or /mnt/broken/Windows</source>
        <translation>for example F:\Windows or /mnt/broken/Windows</translation>
    </message>
    <message>
        <source>Practice installation</source>
        <translation>Practice installation</translation>
    </message>
    <message>
        <source>Start the practice over</source>
        <translation>Start the practice over</translation>
    </message>
    <message>
        <source>The Windows that runs heapfix now.</source>
        <translation>The Windows that runs heapfix now.</translation>
    </message>
    <message>
        <source>Start the &amp;practice over</source>
        <translation>Start the &amp;practice over</translation>
    </message>
</context>
<context>
    <name>heapfix::WelcomePage</name>
    <message>
        <source>What would you like to do?</source>
        <translation>What would you like to do?</translation>
    </message>
    <message>
        <source>Let me fix this problem &amp;myself</source>
        <translation>Let me fix this problem &amp;myself</translation>
    </message>
    <message>
        <source>&amp;Restore an earlier backup</source>
        <translation>&amp;Restore an earlier backup</translation>
    </message>
    <message>
        <source>What do you see?</source>
        <translation>What do you see?</translation>
    </message>
    <message>
        <source>Many programs are open and Windows says &quot;&amp;Out of memory&quot;</source>
        <translation>Many programs are open and Windows says &quot;&amp;Out of memory&quot;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>heapfix.portable was found, but the folder beside heapfix cannot be written. Backups and logs are kept in %1 instead.</source>
        <translation>heapfix.portable was found, but the folder beside heapfix cannot be written. Backups and logs are kept in %1 instead.</translation>
    </message>
    <message>
        <source>Start the practice over</source>
        <translation>Start the practice over</translation>
    </message>
    <message>
        <source>Make the practice installation afresh, with its original settings? What you changed in it is gone; its backups stay in the backup folder.</source>
        <translation>Make the practice installation afresh, with its original settings? What you changed in it is gone; its backups stay in the backup folder.</translation>
    </message>
    <message>
        <source>Fix &quot;Out of memory&quot; errors in Windows</source>
        <translation>Fix &quot;Out of memory&quot; errors in Windows</translation>
    </message>
    <message>
        <source>Windows says it is out of memory while there is plenty? This wizard can fix that.</source>
        <translation>Windows says it is out of memory while there is plenty? This wizard can fix that.</translation>
    </message>
    <message>
        <source>&amp;Fix the problem for me</source>
        <translation>&amp;Fix the problem for me</translation>
    </message>
    <message>
        <source>Recommended. heapfix makes a backup, changes the setting and checks it.</source>
        <translation>Recommended. heapfix makes a backup, changes the setting and checks it.</translation>
    </message>
    <message>
        <source>The steps in Registry Editor, with the new value to copy.</source>
        <translation>The steps in Registry Editor, with the new value to copy.</translation>
    </message>
    <message>
        <source>Put back a setting heapfix saved before.</source>
        <translation>Put back a setting heapfix saved before.</translation>
    </message>
    <message>
        <source>Only show my &amp;settings</source>
        <translation>Only show my &amp;settings</translation>
    </message>
    <message>
        <source>Nothing is changed.</source>
        <translation>Nothing is changed.</translation>
    </message>
    <message>
        <source>Windows does not start: stop code 0xC0000017</source>
        <translation>Windows does not start: stop code 0xC0000017</translation>
    </message>
    <message>
        <source>Repair the disk of a Windows that does not start, attached to this computer.</source>
        <translation>Repair the disk of a Windows that does not start, attached to this computer.</translation>
    </message>
    <message>
        <source>A ser&amp;vice does not start: &quot;%1&quot;</source>
        <translation>A ser&amp;vice does not start: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>When many programs are open, Windows may say &quot;Out of memory&quot; although there is enough memory, or a service does not start: &quot;%1&quot;. Then the desktop heap, a small memory area of Windows, is full. heapfix checks your settings and proposes larger ones, always after a backup, so that you can go back at any time.</source>
        <translation>When many programs are open, Windows may say &quot;Out of memory&quot; although there is enough memory, or a service does not start: &quot;%1&quot;. Then the desktop heap, a small memory area of Windows, is full. heapfix checks your settings and proposes larger ones, always after a backup, so that you can go back at any time.</translation>
    </message>
</context>
</TS>
