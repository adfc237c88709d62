<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BootText</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>There is no file %1. Choose the BCD store itself (EFI\Microsoft\Boot\BCD or Boot\BCD), or clear the field to let heapfix look for it.</source>
        <translation>Het bestand %1 bestaat niet. Kies het BCD-archief zelf (EFI\Microsoft\Boot\BCD of Boot\BCD), of maak het veld leeg zodat heapfix het zelf zoekt.</translation>
    </message>
    <message>
        <source>Choose the Windows folder of the installation that does not start.</source>
        <translation>Kies de Windows-map van de installatie die niet start.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose the Windows folder of the installation that does not start.</source>
        <translation>De map %1 bestaat niet. Kies de Windows-map van de installatie die niet start.</translation>
    </message>
    <message>
        <source>There is no System32\config\SYSTEM in %1. Choose the Windows folder of the installation that does not start: the folder that holds System32.</source>
        <translation>In %1 staat geen System32\config\SYSTEM. Kies de Windows-map van de installatie die niet start: de map waarin System32 staat.</translation>
    </message>
    <message>
        <source>heapfix looked for EFI\Microsoft\Boot\BCD and Boot\BCD in %1 and in every folder above it on the same disk, up to %2.</source>
        <translation>heapfix heeft gezocht naar EFI\Microsoft\Boot\BCD en Boot\BCD in %1 en in elke map daarboven op dezelfde schijf, tot en met %2.</translation>
    </message>
    <message>
        <source>No BCD store was found. %1 On a UEFI (generation 2) machine the store is on the EFI system partition, a separate partition of about 100 MB: mount it (or give it a drive letter) and choose its EFI\Microsoft\Boot\BCD file.</source>
        <translation>Er is geen BCD-archief gevonden. %1 Op een UEFI-machine (2e generatie) staat het archief op de EFI-systeempartitie, een aparte partitie van ongeveer 100 MB: koppel die (of wijs er een stationsletter aan toe) en kies het bestand EFI\Microsoft\Boot\BCD daarop.</translation>
    </message>
    <message>
        <source>%1 is not a BCD store: it is not a registry hive, or it is damaged. Choose the right file (EFI\Microsoft\Boot\BCD or Boot\BCD).</source>
        <translation>%1 is geen BCD-archief: het is geen registercomponent, of het is beschadigd. Kies het juiste bestand (EFI\Microsoft\Boot\BCD of Boot\BCD).</translation>
    </message>
    <message>
        <source>The BCD store&apos;s boot manager does not name a Windows boot loader as its default entry, so heapfix does not guess which entry to change.</source>
        <translation>Het opstartbeheer in het BCD-archief noemt geen Windows-opstartlader als standaardvermelding; heapfix raadt daarom niet welke vermelding moet worden gewijzigd.</translation>
    </message>
    <message>
        <source>An entry of the BCD store does not have the form bcdedit writes (%1).</source>
        <translation>Een vermelding in het BCD-archief heeft niet de vorm die bcdedit schrijft (%1).</translation>
    </message>
    <message>
        <source>Copy the files to the backup folder</source>
        <translation>De bestanden naar de back-upmap kopiëren</translation>
    </message>
    <message>
        <source>Write the BCD store</source>
        <translation>Het BCD-archief schrijven</translation>
    </message>
    <message>
        <source>Write the SYSTEM hive</source>
        <translation>De SYSTEM-registercomponent schrijven</translation>
    </message>
    <message>
        <source>Read back and check</source>
        <translation>Teruglezen en controleren</translation>
    </message>
    <message>
        <source>not asked for</source>
        <translation>niet gevraagd</translation>
    </message>
    <message>
        <source>The files could not be read: %1 Nothing has been changed.</source>
        <translation>De bestanden konden niet worden gelezen: %1 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup could not be made: %1 Nothing has been changed. Choose a backup folder on a good disk with free space, not on the broken one.</source>
        <translation>De back-up kon niet worden gemaakt: %1 Er is niets gewijzigd. Kies een back-upmap op een goede schijf met vrije ruimte, niet op de defecte schijf.</translation>
    </message>
    <message>
        <source>Writing was refused: %1 Nothing has been changed.</source>
        <translation>Schrijven is geweigerd: %1 Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>%1 changed after the repair (Windows or someone else wrote it). Putting the backup back would lose that change, so nothing was undone.</source>
        <translation>%1 is na het herstel gewijzigd (door Windows of door iemand anders). Door de back-up terug te zetten zou die wijziging verloren gaan; daarom is niets ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>Read the files</source>
        <translation>De bestanden lezen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>ongedaan gemaakt</translation>
    </message>
    <message>
        <source>Only part of the repair was done: %1 Use &quot;Undo the repair&quot; below to put every file back as it was.</source>
        <translation>Het herstel is maar voor een deel uitgevoerd: %1 Gebruik hieronder &quot;Het herstel ongedaan maken&quot; om elk bestand terug te zetten zoals het was.</translation>
    </message>
    <message>
        <source>Only part of the repair was undone: %1 The backup is unchanged: once the cause is mended, use &quot;Undo the repair&quot; again to finish.</source>
        <translation>Het herstel is maar voor een deel ongedaan gemaakt: %1 De back-up is niet gewijzigd: gebruik, zodra de oorzaak is verholpen, opnieuw &quot;Het herstel ongedaan maken&quot; om het af te maken.</translation>
    </message>
    <message>
        <source>The changes could not be undone: %1 Nothing has been changed.</source>
        <translation>De wijzigingen konden niet ongedaan worden gemaakt: %1 Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>De optie %1 heeft een waarde nodig.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use nl or en.</source>
        <translation>Onbekende taal &quot;%1&quot;: gebruik nl of en.</translation>
    </message>
    <message>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Onbekende optie &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--software-hive needs --system-hive as well.</source>
        <translation>--software-hive werkt alleen samen met --system-hive.</translation>
    </message>
    <message>
        <source>--bcd needs --windows-dir as well: the BCD store belongs to the offline installation in that folder.</source>
        <translation>--bcd werkt alleen samen met --windows-dir: het BCD-archief hoort bij de offline installatie in die map.</translation>
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
        <translation>Gebruik: heapfix [opties]
Lost de melding &quot;Fout door onvoldoende geheugen&quot; op, en services die niet starten met een fout in user32.dll,
door de desktop-heap van Windows te vergroten, veilig: eerst een gecontroleerde back-up.

Waar de instelling staat (standaard: deze computer; onder Linux de voorbeeldinstallatie):
  --sample NAAM           een ingebouwde voorbeeldinstallatie (%1)
  --windows-dir MAP       een offline Windows-map (de map System32\config daarin)
  --system-hive BESTAND   een offline SYSTEM-registercomponent
  --software-hive BESTAND het bijbehorende SOFTWARE-bestand (voor de Windows-versie)
  --bcd BESTAND           met --windows-dir: het BCD-archief van de installatie, voor het herstel van
                          &quot;Windows start niet: 0xC0000017&quot; (standaard: gevonden op dezelfde
                          schijf, EFI\Microsoft\Boot\BCD of Boot\BCD)

Overige opties:
  --backup-dir MAP        bewaar back-ups in deze map
  --feedback [RECORD]     vraag of een eerdere wijziging het probleem heeft opgelost, met wat
                          Windows sindsdien vastlegde (RECORD: de .json van die back-up;
                          standaard: de nieuwste back-up van deze installatie)
  --lang nl|en            de taal (standaard: die van het systeem)
  --version               toon de versie en stop
  --help                  toon deze hulp en stop
</translation>
    </message>
</context>
<context>
    <name>DiagnosticReport</name>
    <message>
        <source>heapfix diagnostic report</source>
        <translation>heapfix-diagnoserapport</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Gemaakt: %1</translation>
    </message>
    <message>
        <source>Installation: %1</source>
        <translation>Installatie: %1</translation>
    </message>
    <message>
        <source>Windows: %1 (%2.%3.%4, %5)</source>
        <translation>Windows: %1 (%2.%3.%4, %5)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Probleem: %1</translation>
    </message>
    <message>
        <source>Value before: %1</source>
        <translation>Waarde vooraf: %1</translation>
    </message>
    <message>
        <source>The value could not be read: %1</source>
        <translation>De waarde kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Numbers before: %1</source>
        <translation>Getallen vooraf: %1</translation>
    </message>
    <message>
        <source>Numbers after: %1</source>
        <translation>Getallen achteraf: %1</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Back-up: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>Win32k 243, a desktop heap allocation failed</source>
        <translation>Win32k 243, een toewijzing in de desktop-heap is mislukt</translation>
    </message>
    <message>
        <source>Win32k 244, a desktop could not be created</source>
        <translation>Win32k 244, een desktop kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>Application Popup 26, a DLL initialization failure (0xC0000142)</source>
        <translation>Application Popup 26, het initialiseren van een DLL is mislukt (0xC0000142)</translation>
    </message>
    <message>
        <source>Service Control Manager, a service failed with error 1114</source>
        <translation>Service Control Manager, een service is mislukt met fout 1114</translation>
    </message>
    <message>
        <source>The practice installation has no event log: on a real computer heapfix reads Windows&apos; System event log here to see whether the desktop heap ran out.</source>
        <translation>De oefeninstallatie heeft geen logboek: op een echte computer leest heapfix hier het systeemlogboek van Windows om te zien of de desktop-heap is uitgeput.</translation>
    </message>
    <message>
        <source>Windows&apos; System event log could not be read, so heapfix cannot tell whether the desktop heap ran out: %1</source>
        <translation>Het systeemlogboek van Windows kon niet worden gelezen, dus heapfix kan niet zeggen of de desktop-heap is uitgeput: %1</translation>
    </message>
    <message>
        <source>Windows logged no desktop-heap failures in its System event log (%1 events). The problem may have another cause: a program that keeps making windows without freeing them, or too little memory (add memory to the computer). You can still go on.</source>
        <translation>Windows heeft geen desktop-heapfouten vastgelegd in het systeemlogboek (%1 gebeurtenissen). Het probleem kan een andere oorzaak hebben: een programma dat steeds vensters maakt zonder ze vrij te geven, of te weinig geheugen (verhoog de hoeveelheid geheugen voor uw computer). U kunt toch verdergaan.</translation>
    </message>
    <message>
        <source>Windows logged %1 desktop-heap failures in services since %2.</source>
        <translation>Windows heeft %1 desktop-heapfouten in services vastgelegd sinds %2.</translation>
    </message>
    <message>
        <source>Windows logged %1 desktop-heap failures in programs since %2.</source>
        <translation>Windows heeft %1 desktop-heapfouten in programma&apos;s vastgelegd sinds %2.</translation>
    </message>
    <message>
        <source>Windows logged %1 desktop-heap failures since %2; the log does not say whether in services or in programs.</source>
        <translation>Windows heeft %1 desktop-heapfouten vastgelegd sinds %2; het logboek zegt niet of dat in services of in programma&apos;s was.</translation>
    </message>
    <message>
        <source>The desktops as a whole ran out: raising a number would make it worse.</source>
        <translation>De desktops samen zijn uitgeput: een getal verhogen maakt het erger.</translation>
    </message>
    <message>
        <source>Event log: %1</source>
        <translation>Logboek: %1</translation>
    </message>
    <message>
        <source>Events in the log: %1</source>
        <translation>Gebeurtenissen in het logboek: %1</translation>
    </message>
    <message>
        <source>The log covers: %1 to %2</source>
        <translation>Het logboek loopt van %1 tot %2</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services: %1</translation>
    </message>
    <message>
        <source>Programs: %1</source>
        <translation>Programma&apos;s: %1</translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation>Laatste fout: %1</translation>
    </message>
    <message>
        <source>No new desktop-heap failures since the change on %1, %2 before it.</source>
        <translation>Geen nieuwe desktop-heapfouten sinds de wijziging van %1, %2 ervoor.</translation>
    </message>
    <message>
        <source>Windows logged %1 new desktop-heap failures since the change on %2, %3 before it.</source>
        <translation>Windows heeft %1 nieuwe desktop-heapfouten vastgelegd sinds de wijziging van %2, %3 ervoor.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <source>Windows gave this desktop the %1 KB of desktop heap that the setting asks for: the size took effect.</source>
        <translation>Windows heeft deze desktop de %1 kB desktop-heap gegeven die de instelling vraagt: de grootte is van kracht.</translation>
    </message>
    <message>
        <source>Windows gave this desktop only %1 KB of desktop heap, less than the %2 KB that the setting asks for. If the computer has restarted since the change, Windows could not reserve that much and fell back to smaller heaps: choose smaller numbers, or put the old setting back.</source>
        <translation>Windows heeft deze desktop maar %1 kB desktop-heap gegeven, minder dan de %2 kB die de instelling vraagt. Als de computer sinds de wijziging opnieuw is opgestart, kon Windows zoveel niet reserveren en is het teruggevallen op kleinere heaps: kies kleinere getallen, of zet de oude instelling terug.</translation>
    </message>
    <message>
        <source>Windows still gives this desktop %1 KB of desktop heap, more than the %2 KB that the setting asks for: the setting counts from the next restart.</source>
        <translation>Windows geeft deze desktop nog %1 kB desktop-heap, meer dan de %2 kB die de instelling vraagt: de instelling telt vanaf de volgende herstart.</translation>
    </message>
    <message>
        <source>Windows gave this desktop %1 KB of desktop heap; no number of the setting decides its size.</source>
        <translation>Windows heeft deze desktop %1 kB desktop-heap gegeven; geen getal van de instelling bepaalt die grootte.</translation>
    </message>
    <message>
        <source>Windows does not tell the size of this desktop&apos;s heap, so heapfix cannot check that the size took effect.</source>
        <translation>Windows vertelt niet hoe groot de heap van deze desktop is, dus heapfix kan niet nagaan of de grootte van kracht is.</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>It was not found.</source>
        <translation>Het is niet gevonden.</translation>
    </message>
    <message>
        <source>Windows refused access. Start heapfix as an administrator.</source>
        <translation>Windows weigert de toegang. Start heapfix als administrator.</translation>
    </message>
    <message>
        <source>It is damaged or not what it claims to be.</source>
        <translation>Het is beschadigd, of het is iets anders dan verwacht.</translation>
    </message>
    <message>
        <source>Reading or writing failed half-way.</source>
        <translation>Lezen of schrijven is halverwege mislukt.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>De schijf is vol.</translation>
    </message>
    <message>
        <source>Writing it would lose data, so heapfix did not.</source>
        <translation>Schrijven zou gegevens laten verloren gaan; daarom heeft heapfix dat niet gedaan.</translation>
    </message>
    <message>
        <source>It does not have the expected form.</source>
        <translation>Het heeft niet de verwachte vorm.</translation>
    </message>
    <message>
        <source>It holds more than this one setting, so heapfix refuses it.</source>
        <translation>Het bevat meer dan alleen deze ene instelling; daarom weigert heapfix het.</translation>
    </message>
    <message>
        <source>This is not possible here.</source>
        <translation>Dit is hier niet mogelijk.</translation>
    </message>
    <message>
        <source>What was read back differs from what was written.</source>
        <translation>Wat is teruggelezen, verschilt van wat is geschreven.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(at character %1)</source>
        <translation>(bij teken %1)</translation>
    </message>
    <message>
        <source>The setting has no SharedSection part.</source>
        <translation>De instelling bevat geen SharedSection-deel.</translation>
    </message>
    <message>
        <source>The setting has more than one SharedSection part %1.</source>
        <translation>De instelling bevat meer dan één SharedSection-deel %1.</translation>
    </message>
    <message>
        <source>A number is missing in SharedSection %1.</source>
        <translation>Er ontbreekt een getal in SharedSection %1.</translation>
    </message>
    <message>
        <source>SharedSection contains something that is not a number %1.</source>
        <translation>SharedSection bevat iets wat geen getal is %1.</translation>
    </message>
    <message>
        <source>SharedSection contains a negative number %1.</source>
        <translation>SharedSection bevat een negatief getal %1.</translation>
    </message>
    <message>
        <source>SharedSection contains a number that is far too large %1.</source>
        <translation>SharedSection bevat een veel te groot getal %1.</translation>
    </message>
    <message>
        <source>SharedSection has only one number %1.</source>
        <translation>SharedSection heeft maar één getal %1.</translation>
    </message>
    <message>
        <source>SharedSection has more than three numbers %1.</source>
        <translation>SharedSection heeft meer dan drie getallen %1.</translation>
    </message>
    <message>
        <source>SharedSection has a stray separator %1.</source>
        <translation>SharedSection bevat een losse komma of ander scheidingsteken %1.</translation>
    </message>
    <message>
        <source>Already large enough: stays as it is.</source>
        <translation>Al groot genoeg: blijft zoals het is.</translation>
    </message>
    <message>
        <source>Practically never needs changing: heapfix leaves it.</source>
        <translation>Hoeft vrijwel nooit te worden gewijzigd: heapfix laat deze ongemoeid.</translation>
    </message>
    <message>
        <source>Not involved in this problem: stays as it is.</source>
        <translation>Speelt bij dit probleem geen rol: blijft zoals het is.</translation>
    </message>
    <message>
        <source>Raised to the size Microsoft recommends for this Windows.</source>
        <translation>Verhoogd naar de grootte die Microsoft voor deze Windows aanbeveelt.</translation>
    </message>
    <message>
        <source>Added: services get their own, smaller desktop heap (as Microsoft advises).</source>
        <translation>Toegevoegd: services krijgen hun eigen, kleinere desktop-heap (zoals Microsoft adviseert).</translation>
    </message>
    <message>
        <source>Raised back to 3072 KB, the size Windows NT 3.1 used.</source>
        <translation>Terug verhoogd naar 3072 kB, de grootte van Windows NT 3.1.</translation>
    </message>
    <message>
        <source>The Windows version is not known: recommended from the form of the setting.</source>
        <translation>De Windows-versie is onbekend: het advies is afgeleid uit de vorm van de instelling.</translation>
    </message>
    <message>
        <source>%1: %2 KB is below the minimum of %3 KB.</source>
        <translation>%1: %2 kB is kleiner dan het minimum van %3 kB.</translation>
    </message>
    <message>
        <source>%1: %2 KB is above the maximum of %3 KB.</source>
        <translation>%1: %2 kB is groter dan het maximum van %3 kB.</translation>
    </message>
    <message>
        <source>%1: this number is practically never changed.</source>
        <translation>%1: dit getal wordt vrijwel nooit gewijzigd.</translation>
    </message>
    <message>
        <source>%1: %2 KB is lower than the %3 KB you have now.</source>
        <translation>%1: %2 kB is minder dan de %3 kB die u nu hebt.</translation>
    </message>
    <message>
        <source>%1: %2 KB is above %3 KB, the largest size Microsoft advises.</source>
        <translation>%1: %2 kB is meer dan %3 kB, de grootste waarde die Microsoft adviseert.</translation>
    </message>
    <message>
        <source>%1: %2 KB is above %3 KB; every service would reserve that much.</source>
        <translation>%1: %2 kB is meer dan %3 kB; elke service zou zoveel reserveren.</translation>
    </message>
    <message>
        <source>The desktops would not fit in the %1 KB that this Windows has for them.</source>
        <translation>De desktops passen dan niet in de %1 kB die deze Windows ervoor heeft.</translation>
    </message>
    <message>
        <source>%1: you have this number now; it cannot be removed.</source>
        <translation>%1: dit getal is nu ingesteld en kan niet worden weggelaten.</translation>
    </message>
    <message>
        <source>Read the current setting</source>
        <translation>Huidige instelling lezen</translation>
    </message>
    <message>
        <source>Make and check a backup</source>
        <translation>Back-up maken en controleren</translation>
    </message>
    <message>
        <source>Write the new numbers</source>
        <translation>Nieuwe getallen schrijven</translation>
    </message>
    <message>
        <source>Read back and check</source>
        <translation>Teruglezen en controleren</translation>
    </message>
    <message>
        <source>Put the old value back</source>
        <translation>Oude waarde terugzetten</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gereed</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>Done: the new setting is in place and checked.</source>
        <translation>Klaar: de nieuwe instelling is geschreven en gecontroleerd.</translation>
    </message>
    <message>
        <source>Nothing needed to change: the setting already had these numbers.</source>
        <translation>Er hoefde niets te veranderen: de instelling had deze getallen al.</translation>
    </message>
    <message>
        <source>The setting could not be read. Nothing was changed.</source>
        <translation>De instelling kon niet worden gelezen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The backup could not be made, so nothing was changed.</source>
        <translation>De back-up kon niet worden gemaakt; daarom is er niets gewijzigd.</translation>
    </message>
    <message>
        <source>The new setting could not be written. Nothing was changed: the old value is still in place.</source>
        <translation>De nieuwe instelling kon niet worden geschreven. Er is niets gewijzigd: de oude waarde staat er nog.</translation>
    </message>
    <message>
        <source>The new setting could not be confirmed, so the old value was put back. Nothing has changed.</source>
        <translation>De nieuwe instelling kon niet worden bevestigd; daarom is de oude waarde teruggezet. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The old value could not be put back. Restore the backup named below, or ask your helpdesk.</source>
        <translation>De oude waarde kon niet worden teruggezet. Zet de back-up hieronder terug, of vraag uw helpdesk om hulp.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Many programs open: &quot;Out of memory&quot;</source>
        <translation>Veel programma&apos;s geopend: &quot;Fout door onvoldoende geheugen&quot;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Put the backup&apos;s value back</source>
        <translation>De waarde uit de back-up terugzetten</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>niet uitgevoerd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Raised to %1 KB. Microsoft&apos;s article says 1024 KB, but it was written for 32-bit Windows: 64-bit Windows Vista and later already start at 768 KB and give programs 20480 KB.</source>
        <translation>Verhoogd naar %1 kB. Het artikel van Microsoft noemt 1024 kB, maar dat is geschreven voor 32-bits Windows: 64-bits Windows Vista en later beginnen al met 768 kB en geven programma&apos;s 20480 kB.</translation>
    </message>
    <message>
        <source>Windows itself</source>
        <translation>Windows zelf</translation>
    </message>
    <message>
        <source>A service does not start: &quot;%1&quot;</source>
        <translation>Een service start niet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Initialization of the dynamic link library user32.dll failed</source>
        <translation>Initialisatie van de DLL user32.dll is mislukt</translation>
    </message>
    <message>
        <source>If the problem is still there, the cause is probably something else:
• a program that keeps making windows or menus without freeing them (a leak): update or restart that program;
• too little memory: close programs you do not need, or add memory to the computer;
• otherwise, contact your helpdesk.</source>
        <translation>Doet het probleem zich nog steeds voor, dan is de oorzaak waarschijnlijk iets anders:
• een programma dat steeds vensters of menu&apos;s maakt zonder ze op te ruimen (een lek): werk dat programma bij of start het opnieuw;
• te weinig geheugen: sluit programma&apos;s die u niet nodig hebt, of breid het geheugen van de computer uit;
• anders: neem contact op met uw helpdesk.</translation>
    </message>
    <message>
        <source>Another heapfix is changing this installation right now. Wait until it has finished, then try again.</source>
        <translation>Er is al een ander heapfix bezig deze installatie te wijzigen. Wacht tot die klaar is en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>This is a link, a folder or a special file, not a file: heapfix opens only regular files and never follows a link.</source>
        <translation>Dit is een koppeling, een map of een speciaal bestand, geen gewoon bestand: heapfix opent alleen gewone bestanden en volgt nooit een koppeling.</translation>
    </message>
    <message>
        <source>The new setting is in place and was read back, but the disk could not confirm that it is stored for good. Check the disk before you restart: a power cut now could undo the change.</source>
        <translation>De nieuwe instelling is geschreven en teruggelezen, maar de schijf kon niet bevestigen dat ze blijvend is opgeslagen. Controleer de schijf voordat u opnieuw opstart: bij een stroomstoring kan de wijziging nu nog verloren gaan.</translation>
    </message>
    <message>
        <source>Kept whole in the backup folder: %1 (from %2)</source>
        <translation>Volledig bewaard in de back-upmap: %1 (uit %2)</translation>
    </message>
    <message>
        <source>Removed beside the hive, after it was replayed and kept in the backup: %1</source>
        <translation>Verwijderd naast de registercomponent, nadat het was verwerkt en in de back-up bewaard: %1</translation>
    </message>
    <message>
        <source>Removed beside the hive: %1 unfinished file(s) that an earlier heapfix left there when it was stopped.</source>
        <translation>Verwijderd naast de registercomponent: %1 onvoltooid(e) bestand(en) die een eerder, afgebroken heapfix daar had achtergelaten.</translation>
    </message>
    <message>
        <source>This backup holds the setting with another type (for example a plain string instead of an expandable one). Windows starts with this setting, so heapfix never changes its type.</source>
        <translation>Deze reservekopie bevat de instelling met een ander type (bijvoorbeeld een gewone tekenreeks in plaats van een uitbreidbare). Windows start met deze instelling, dus heapfix verandert het type nooit.</translation>
    </message>
    <message>
        <source>The setting in this backup is not a valid Windows setting (it is empty, or does not have exactly one SharedSection part), so heapfix does not put it back.</source>
        <translation>De instelling in deze reservekopie is geen geldige Windows-instelling (ze is leeg, of heeft niet precies één SharedSection-deel), dus heapfix zet haar niet terug.</translation>
    </message>
    <message>
        <source>The setting in this backup differs from the current one in more than the SharedSection numbers. heapfix only ever changes those numbers, so it does not put it back.</source>
        <translation>De instelling in deze reservekopie verschilt van de huidige in meer dan de SharedSection-getallen. heapfix verandert alleen die getallen, dus het zet haar niet terug.</translation>
    </message>
    <message>
        <source>The current setting is damaged, so heapfix changes nothing in it.</source>
        <translation>De huidige instelling is beschadigd, dus heapfix verandert er niets aan.</translation>
    </message>
    <message>
        <source>It cannot be written: the file, its folder or its disk is read-only.</source>
        <translation>Hier kan niet worden geschreven: het bestand, de map of de schijf is alleen-lezen.</translation>
    </message>
</context>
<context>
    <name>TargetText</name>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>An offline Windows installation: %1</source>
        <translation>Een Windows-installatie die niet draait: %1</translation>
    </message>
    <message>
        <source>The practice installation &quot;%1&quot; (nothing on this computer changes)</source>
        <translation>De oefeninstallatie &quot;%1&quot; (op deze computer verandert niets)</translation>
    </message>
    <message>
        <source>heapfix works on this computer.</source>
        <translation>heapfix werkt op deze computer.</translation>
    </message>
    <message>
        <source>heapfix works on the Windows installation in %1, not on this computer.</source>
        <translation>heapfix werkt op de Windows-installatie in %1, niet op deze computer.</translation>
    </message>
    <message>
        <source>Practice mode: heapfix works on the practice installation &quot;%1&quot;, not on this computer. Nothing on this computer changes.</source>
        <translation>Oefenmodus: heapfix werkt op de oefeninstallatie &quot;%1&quot;, niet op deze computer. Op deze computer verandert niets.</translation>
    </message>
    <message>
        <source>Restart the computer: Windows uses the new numbers only after a restart.</source>
        <translation>Start de computer opnieuw op: Windows gebruikt de nieuwe getallen pas daarna.</translation>
    </message>
    <message>
        <source>The new numbers are in the installation in %1. Put the disk back in its own computer and start that Windows: it uses them from its next start.</source>
        <translation>De nieuwe getallen staan in de installatie in %1. Zet de schijf terug in de eigen computer en start die Windows: vanaf die start gebruikt Windows ze.</translation>
    </message>
    <message>
        <source>This was the practice installation: nothing on this computer has changed. On a real computer, Windows uses the new numbers after a restart.</source>
        <translation>Dit was de oefeninstallatie: op deze computer is niets veranderd. Op een echte computer gebruikt Windows de nieuwe getallen na het opnieuw opstarten.</translation>
    </message>
    <message>
        <source>32-bit</source>
        <translation>32-bits</translation>
    </message>
    <message>
        <source>64-bit</source>
        <translation>64-bits</translation>
    </message>
    <message>
        <source>Cannot be determined</source>
        <translation>Kan niet worden vastgesteld</translation>
    </message>
    <message>
        <source>Windows Server 2008 or later (from the SubSystems value)</source>
        <translation>Windows Server 2008 of later (afgeleid uit de waarde SubSystems)</translation>
    </message>
    <message>
        <source>Windows Vista or later (from the SubSystems value)</source>
        <translation>Windows Vista of later (afgeleid uit de waarde SubSystems)</translation>
    </message>
    <message>
        <source>Worked out from the setting itself: the installation&apos;s version information was not found.</source>
        <translation>Afgeleid uit de instelling zelf: de versiegegevens van de installatie zijn niet gevonden.</translation>
    </message>
    <message>
        <source>The Windows version cannot be determined.</source>
        <translation>De Windows-versie kan niet worden vastgesteld.</translation>
    </message>
    <message>
        <source>Practice installation</source>
        <translation>Oefeninstallatie</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a registry hive. Choose the Windows folder of the installation.</source>
        <translation>%1 is leeg: het is geen registercomponent. Kies de Windows-map van de installatie.</translation>
    </message>
    <message>
        <source>%1 is cut off: the file is shorter than a registry hive says it is, as after a copy that stopped half-way. Copy it again, whole, or choose the Windows folder on the disk itself.</source>
        <translation>%1 is afgebroken: het bestand is korter dan de registercomponent zelf aangeeft, zoals na een kopie die halverwege is gestopt. Kopieer het opnieuw en volledig, of kies de Windows-map op de schijf zelf.</translation>
    </message>
    <message>
        <source>%1 is not a registry hive: it does not start with &quot;regf&quot;, as every hive does. Choose the file System32\config\SYSTEM, or the Windows folder of the installation.</source>
        <translation>%1 is geen registercomponent: het begint niet met &quot;regf&quot;, zoals elke registercomponent. Kies het bestand System32\config\SYSTEM, of de Windows-map van de installatie.</translation>
    </message>
    <message>
        <source>%1 is damaged: its first block does not add up. heapfix does not change a damaged hive.</source>
        <translation>%1 is beschadigd: het eerste blok klopt niet. heapfix wijzigt geen beschadigde registercomponent.</translation>
    </message>
    <message>
        <source>%1 is a registry hive, but not the SYSTEM hive (it has no Select key). Choose the file System32\config\SYSTEM, or the Windows folder of the installation.</source>
        <translation>%1 is een registercomponent, maar niet de SYSTEM-component (er is geen sleutel Select). Kies het bestand System32\config\SYSTEM, of de Windows-map van de installatie.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose the Windows folder of the installation.</source>
        <translation>De map %1 bestaat niet. Kies de Windows-map van de installatie.</translation>
    </message>
    <message>
        <source>There is no System32\config\SYSTEM in %1. Choose the Windows folder of the installation: the folder that holds System32.</source>
        <translation>In %1 staat geen System32\config\SYSTEM. Kies de Windows-map van de installatie: de map waarin System32 staat.</translation>
    </message>
    <message>
        <source>There is no practice installation called &quot;%1&quot;. There are: %2.</source>
        <translation>Er is geen oefeninstallatie met de naam &quot;%1&quot;. Er zijn: %2.</translation>
    </message>
    <message>
        <source>This computer&apos;s own settings can only be changed when heapfix runs on Windows. Choose a Windows folder or the practice installation.</source>
        <translation>De instellingen van deze computer zelf kunnen alleen worden gewijzigd als heapfix op Windows draait. Kies een Windows-map of de oefeninstallatie.</translation>
    </message>
    <message>
        <source>heapfix cannot open this Windows installation: %1</source>
        <translation>heapfix kan deze Windows-installatie niet openen: %1</translation>
    </message>
    <message>
        <source>%1 is a link, a folder or a special file, not a file: heapfix opens only regular files. Choose the file itself.</source>
        <translation>%1 is een koppeling, een map of een speciaal bestand, geen gewoon bestand: heapfix opent alleen gewone bestanden. Kies het bestand zelf.</translation>
    </message>
</context>
<context>
    <name>heapfix::ApplyPage</name>
    <message>
        <source>Restart now</source>
        <translation>Nu opnieuw opstarten</translation>
    </message>
    <message>
        <source>Save your work in other programs first. Restart now?</source>
        <translation>Sla eerst uw werk in andere programma&apos;s op. Nu opnieuw opstarten?</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>De back-up terugzetten</translation>
    </message>
    <message>
        <source>Changing the setting</source>
        <translation>De instelling wijzigen</translation>
    </message>
    <message>
        <source>Each step is checked before the next one starts.</source>
        <translation>Elke stap wordt gecontroleerd voordat de volgende begint.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Door&amp;gaan</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Bezig met terugzetten…</translation>
    </message>
    <message>
        <source>Changing the setting…</source>
        <translation>Bezig met wijzigen…</translation>
    </message>
    <message>
        <source>Done: the backup&apos;s value is back in place and checked.</source>
        <translation>Klaar: de waarde uit de back-up staat er weer en is gecontroleerd.</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>Back-upbestand: %1</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Nu opnieuw &amp;opstarten</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Na: %1</translation>
    </message>
    <message>
        <source>This installation&apos;s registry hive is damaged elsewhere: some keys cannot be read (see the details). heapfix can still change this one setting; it then checks that nothing else in the hive changed, and otherwise leaves the hive as it is. If you can, copy the disk first.</source>
        <translation>De registercomponent van deze installatie is elders beschadigd: sommige sleutels kunnen niet worden gelezen (zie de details). heapfix kan deze ene instelling toch wijzigen; daarna controleert heapfix dat verder niets in de registercomponent is veranderd, en anders blijft de registercomponent zoals hij was. Maak zo mogelijk eerst een kopie van de schijf.</translation>
    </message>
    <message>
        <source>Change it &amp;anyway</source>
        <translation>Toch &amp;wijzigen</translation>
    </message>
</context>
<context>
    <name>heapfix::BackupPage</name>
    <message>
        <source>Choose a folder for the backup</source>
        <translation>Kies een map voor de back-up</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>First a copy of the current setting, so that you can always go back.</source>
        <translation>Eerst een kopie van de huidige instelling, zodat u altijd terug kunt.</translation>
    </message>
    <message>
        <source>&amp;Change the setting</source>
        <translation>Instelling &amp;wijzigen</translation>
    </message>
    <message>
        <source>heapfix saves the current setting in a file that Windows&apos; Registry Editor can also read, and checks that file before it changes anything.</source>
        <translation>heapfix slaat de huidige instelling op in een bestand dat ook de Register-editor van Windows kan lezen, en controleert dat bestand voordat er iets wordt gewijzigd.</translation>
    </message>
    <message>
        <source>The backup is made and checked.</source>
        <translation>De back-up is gemaakt en gecontroleerd.</translation>
    </message>
    <message>
        <source>Backup file: %1</source>
        <translation>Back-upbestand: %1</translation>
    </message>
    <message>
        <source>Click &quot;Change the setting&quot; to write the new numbers. heapfix reads them back and puts the old value back if anything is wrong.</source>
        <translation>Klik op &quot;Instelling wijzigen&quot; om de nieuwe getallen te schrijven. heapfix leest ze terug en zet de oude waarde terug als er iets niet klopt.</translation>
    </message>
    <message>
        <source>The backup could not be made in %1. Nothing has been changed. Choose another folder, for example on a USB stick.</source>
        <translation>De back-up kon niet worden gemaakt in %1. Er is niets gewijzigd. Kies een andere map, bijvoorbeeld op een USB-stick.</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Bezig met de back-up…</translation>
    </message>
    <message>
        <source>Choose &amp;another folder…</source>
        <translation>&amp;Andere map kiezen…</translation>
    </message>
    <message>
        <source>Record: %1
SHA-256: %2</source>
        <translation>Gegevens: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Andere map kiezen</translation>
    </message>
    <message>
        <source>heapfix cannot change this installation, so it made no backup. Nothing has been changed.</source>
        <translation>heapfix kan deze installatie niet wijzigen en heeft dus geen back-up gemaakt. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>heapfix::BootCheckPage</name>
    <message>
        <source>What heapfix found</source>
        <translation>Wat heapfix heeft gevonden</translation>
    </message>
    <message>
        <source>The checks of Microsoft&apos;s article for 0xC0000017. Tick what heapfix should repair.</source>
        <translation>De controles uit het artikel van Microsoft over 0xC0000017. Vink aan wat heapfix moet herstellen.</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Remove the bad memory list (as bcdedit /deletevalue {badmemory} badmemorylist)</source>
        <translation>De lijst met onjuist geheugen verwijderen (zoals bcdedit /deletevalue {badmemory} badmemorylist)</translation>
    </message>
    <message>
        <source>Set the page file back to system-managed on the system drive (?:\pagefile.sys)</source>
        <translation>Het wisselbestand terugzetten naar door het systeem beheerd op het systeemstation (?:\pagefile.sys)</translation>
    </message>
    <message>
        <source>Turn on the serial console (EMS) on port 1 at 115200 baud</source>
        <translation>De seriële console (EMS) inschakelen op poort 1 met 115200 baud</translation>
    </message>
    <message>
        <source>The SYSTEM hive of the installation could not be read: %1 Nothing has been changed. Go back and choose the installation&apos;s Windows folder.</source>
        <translation>De SYSTEM-registercomponent van de installatie kon niet worden gelezen: %1 Er is niets gewijzigd. Ga terug en kies de Windows-map van de installatie.</translation>
    </message>
    <message>
        <source>The free space of the installation&apos;s disk could not be read.</source>
        <translation>De vrije ruimte op de schijf van de installatie kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Only %1 free on the installation&apos;s disk: below 300 MB Windows cannot start. Do this first: enlarge the disk (up to 1 TB for a virtual machine) or clean it up (Disk Cleanup, old files). heapfix does not resize disks or delete files.</source>
        <translation>Er is maar %1 vrij op de schijf van de installatie: met minder dan 300 MB kan Windows niet starten. Doe dit eerst: vergroot de schijf (tot 1 TB voor een virtuele machine) of ruim hem op (Schijfopruiming, oude bestanden). heapfix wijzigt geen schijfgrootten en verwijdert geen bestanden.</translation>
    </message>
    <message>
        <source>Free space on the installation&apos;s disk: %1 (more than the 300 MB Windows needs to start).</source>
        <translation>Vrije ruimte op de schijf van de installatie: %1 (meer dan de 300 MB die Windows nodig heeft om te starten).</translation>
    </message>
    <message>
        <source>The bad memory list and the serial console cannot be checked or repaired without the BCD store.</source>
        <translation>Zonder het BCD-archief kunnen de lijst met onjuist geheugen en de seriële console niet worden gecontroleerd of hersteld.</translation>
    </message>
    <message>
        <source>Bad memory list: not checked (no BCD store).</source>
        <translation>Lijst met onjuist geheugen: niet gecontroleerd (geen BCD-archief).</translation>
    </message>
    <message>
        <source>Bad memory list: none.</source>
        <translation>Lijst met onjuist geheugen: geen.</translation>
    </message>
    <message>
        <source>Page file (%1): PagingFiles %2; ExistingPageFiles %3.</source>
        <translation>Wisselbestand (%1): PagingFiles %2; ExistingPageFiles %3.</translation>
    </message>
    <message>
        <source>It is at the default location.</source>
        <translation>Het staat op de standaardlocatie.</translation>
    </message>
    <message>
        <source>Not at the default location: %1. Windows may not reach it while it starts.</source>
        <translation>Niet op de standaardlocatie: %1. Windows kan het tijdens het starten mogelijk niet bereiken.</translation>
    </message>
    <message>
        <source>%1: CrashDumpEnabled %2, DumpFile %3, NMICrashDump %4</source>
        <translation>%1: CrashDumpEnabled %2, DumpFile %3, NMICrashDump %4</translation>
    </message>
    <message>
        <source>Crash dumps are on as the article sets them:</source>
        <translation>Geheugendumps staan aan zoals het artikel ze instelt:</translation>
    </message>
    <message>
        <source>Crash dumps are not set as the article recommends:</source>
        <translation>Geheugendumps zijn niet ingesteld zoals het artikel aanbeveelt:</translation>
    </message>
    <message>
        <source>A complete memory dump needs more free space than the machine has memory (RAM). RAM cannot be read from a disk: compare %1 free with the machine&apos;s memory size. If it is less, point DumpFile at a data disk afterwards.</source>
        <translation>Voor een volledige geheugendump is meer vrije ruimte nodig dan de machine geheugen (RAM) heeft. Het RAM-geheugen kan niet van een schijf worden gelezen: vergelijk %1 vrij met de geheugengrootte van de machine. Is het minder, verwijs DumpFile dan daarna naar een gegevensschijf.</translation>
    </message>
    <message>
        <source>A complete memory dump needs more free space than the machine has memory (RAM): compare the disk&apos;s free space with the machine&apos;s memory size.</source>
        <translation>Voor een volledige geheugendump is meer vrije ruimte nodig dan de machine geheugen (RAM) heeft: vergelijk de vrije ruimte op de schijf met de geheugengrootte van de machine.</translation>
    </message>
    <message>
        <source>Serial console (EMS): not checked (no BCD store).</source>
        <translation>Seriële console (EMS): niet gecontroleerd (geen BCD-archief).</translation>
    </message>
    <message>
        <source>Serial console (EMS): the BCD store names no default Windows boot loader, so heapfix does not guess which entry to change. Use bcdedit /ems {identifier} ON for the entry that starts.</source>
        <translation>Seriële console (EMS): het BCD-archief noemt geen standaard-Windows-opstartlader; heapfix raadt daarom niet welke vermelding moet worden gewijzigd. Gebruik bcdedit /ems {id} ON voor de vermelding die start.</translation>
    </message>
    <message>
        <source>Serial console (EMS) on the boot loader %1: %2; port %3, baud rate %4.</source>
        <translation>Seriële console (EMS) van de opstartlader %1: %2; poort %3, baudrate %4.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aan</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>Click &quot;Repair&quot;: heapfix first copies the files it changes to the backup folder, then writes and checks them.</source>
        <translation>Klik op &quot;Herstellen&quot;: heapfix kopieert eerst de bestanden die het wijzigt naar de back-upmap, en schrijft en controleert ze daarna.</translation>
    </message>
    <message>
        <source>Tick at least one repair to go on.</source>
        <translation>Vink minstens één herstelactie aan om verder te gaan.</translation>
    </message>
    <message>
        <source>Windows folder: %1</source>
        <translation>Windows-map: %1</translation>
    </message>
    <message>
        <source>SYSTEM hive: %1</source>
        <translation>SYSTEM-registercomponent: %1</translation>
    </message>
    <message>
        <source>BCD store: %1</source>
        <translation>BCD-archief: %1</translation>
    </message>
    <message>
        <source>Current control set: %1</source>
        <translation>Huidige beheerset: %1</translation>
    </message>
    <message>
        <source>Free space: %1 bytes</source>
        <translation>Vrije ruimte: %1 bytes</translation>
    </message>
    <message>
        <source>Turn on crash dumps in every control set (CrashDumpEnabled=1, NMICrashDump=1, MEMORY.DMP)</source>
        <translation>Geheugendumps inschakelen in elke beheerset (CrashDumpEnabled=1, NMICrashDump=1, MEMORY.DMP)</translation>
    </message>
    <message>
        <source>Bad memory list: pages marked as bad: %1 (%2). They can keep Windows from making its RAM disk.</source>
        <translation>Lijst met onjuist geheugen: als beschadigd gemarkeerde pagina&apos;s: %1 (%2). Ze kunnen verhinderen dat Windows zijn RAM-schijf maakt.</translation>
    </message>
</context>
<context>
    <name>heapfix::BootLocatePage</name>
    <message>
        <source>Choose the Windows folder of the installation that does not start</source>
        <translation>Kies de Windows-map van de installatie die niet start</translation>
    </message>
    <message>
        <source>Choose the BCD store</source>
        <translation>Kies het BCD-archief</translation>
    </message>
    <message>
        <source>BCD store (BCD);;All files (*)</source>
        <translation>BCD-archief (BCD);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose a folder for the backup</source>
        <translation>Kies een map voor de back-up</translation>
    </message>
    <message>
        <source>Windows does not start: 0xC0000017</source>
        <translation>Windows start niet: 0xC0000017</translation>
    </message>
    <message>
        <source>Which installation should heapfix repair?</source>
        <translation>Welke installatie moet heapfix herstellen?</translation>
    </message>
    <message>
        <source>Attach the disk of the Windows that does not start to this computer, for example to a repair virtual machine. heapfix does the steps of Microsoft&apos;s article for this stop code on that disk: it checks the free space, the bad memory list, the page file, crash dumps and the serial console, and copies every file it changes to the backup folder first.</source>
        <translation>Koppel de schijf van de Windows die niet start aan deze computer, bijvoorbeeld aan een herstel-VM. heapfix voert op die schijf de stappen uit het artikel van Microsoft over deze stopcode uit: het controleert de vrije ruimte, de lijst met onjuist geheugen, het wisselbestand, de geheugendumps en de seriële console, en kopieert elk bestand dat het wijzigt eerst naar de back-upmap.</translation>
    </message>
    <message>
        <source>&amp;Windows folder of the installation that does not start:</source>
        <translation>&amp;Windows-map van de installatie die niet start:</translation>
    </message>
    <message>
        <source>BCD &amp;store (empty: heapfix looks for it on the same disk):</source>
        <translation>BCD-&amp;archief (leeg: heapfix zoekt het op dezelfde schijf):</translation>
    </message>
    <message>
        <source>Backup &amp;folder (on a good disk, not on the broken one):</source>
        <translation>Back-up&amp;map (op een goede schijf, niet op de defecte):</translation>
    </message>
    <message>
        <source>for example /mnt/broken/Windows or F:\Windows</source>
        <translation>bijvoorbeeld /mnt/defect/Windows of F:\Windows</translation>
    </message>
    <message>
        <source>found automatically: EFI\Microsoft\Boot\BCD or Boot\BCD</source>
        <translation>automatisch gevonden: EFI\Microsoft\Boot\BCD of Boot\BCD</translation>
    </message>
    <message>
        <source>Windows folder</source>
        <translation>Windows-map</translation>
    </message>
    <message>
        <source>BCD store</source>
        <translation>BCD-archief</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Choose the Windows folder of the installation that does not start.</source>
        <translation>Kies de Windows-map van de installatie die niet start.</translation>
    </message>
    <message>
        <source>SYSTEM hive: %1</source>
        <translation>SYSTEM-registercomponent: %1</translation>
    </message>
    <message>
        <source>BCD store: %1</source>
        <translation>BCD-archief: %1</translation>
    </message>
    <message>
        <source>BCD store found: %1</source>
        <translation>BCD-archief gevonden: %1</translation>
    </message>
    <message>
        <source>No BCD store was found. %1 Mount the EFI system partition and choose its EFI\Microsoft\Boot\BCD, or go on: the repairs of the SYSTEM hive work without it.</source>
        <translation>Er is geen BCD-archief gevonden. %1 Koppel de EFI-systeempartitie en kies het bestand EFI\Microsoft\Boot\BCD daarop, of ga verder: het herstel van de SYSTEM-registercomponent werkt ook zonder.</translation>
    </message>
    <message>
        <source>The practice BCD store could not be made: %1</source>
        <translation>Het oefen-BCD-archief kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <source>Practice mode: the installation below is the practice installation, with a practice BCD store beside it that has a bad memory list and the serial console off. Nothing on this computer changes.</source>
        <translation>Oefenmodus: de installatie hieronder is de oefeninstallatie, met een oefen-BCD-archief ernaast dat een lijst met onjuist geheugen heeft en waarin de seriële console uit staat. Op deze computer verandert niets.</translation>
    </message>
</context>
<context>
    <name>heapfix::BootRepairPage</name>
    <message>
        <source>Repairing the installation</source>
        <translation>De installatie herstellen</translation>
    </message>
    <message>
        <source>First the backup, then each file is written and read back.</source>
        <translation>Eerst de back-up, daarna wordt elk bestand geschreven en teruggelezen.</translation>
    </message>
    <message>
        <source>Repairing…</source>
        <translation>Bezig met herstellen…</translation>
    </message>
    <message>
        <source>Done: the repairs are written, read back and checked.</source>
        <translation>Klaar: de reparaties zijn geschreven, teruggelezen en gecontroleerd.</translation>
    </message>
    <message>
        <source>Backup of the original files: %1</source>
        <translation>Back-up van de oorspronkelijke bestanden: %1</translation>
    </message>
    <message>
        <source>This was the practice installation: nothing on this computer has changed.</source>
        <translation>Dit was de oefeninstallatie: op deze computer is niets veranderd.</translation>
    </message>
    <message>
        <source>Delete the old page file %1 on that disk: Windows no longer uses it (heapfix does not delete it).</source>
        <translation>Verwijder het oude wisselbestand %1 op die schijf: Windows gebruikt het niet meer (heapfix verwijdert het niet).</translation>
    </message>
    <message>
        <source>Compare the free space, %1, with the machine&apos;s memory (RAM): a complete memory dump needs more. If it is less, point DumpFile at a data disk.</source>
        <translation>Vergelijk de vrije ruimte, %1, met het geheugen (RAM) van de machine: een volledige geheugendump heeft meer nodig. Is het minder, verwijs DumpFile dan naar een gegevensschijf.</translation>
    </message>
    <message>
        <source>Below 300 MB free: enlarge the disk or clean it up before you start the machine.</source>
        <translation>Minder dan 300 MB vrij: vergroot de schijf of ruim hem op voordat u de machine start.</translation>
    </message>
    <message>
        <source>Detach the disk and start the machine again (in Azure: rebuild the virtual machine).</source>
        <translation>Ontkoppel de schijf en start de machine opnieuw (in Azure: bouw de virtuele machine opnieuw).</translation>
    </message>
    <message>
        <source>What to do next:</source>
        <translation>Wat u nu nog moet doen:</translation>
    </message>
    <message>
        <source>%1 → %2 (SHA-256 %3)</source>
        <translation>%1 → %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Kept aside: %1</source>
        <translation>Apart bewaard: %1</translation>
    </message>
    <message>
        <source>Undo the repair</source>
        <translation>Het herstel ongedaan maken</translation>
    </message>
    <message>
        <source>Put every file heapfix changed back as it was before the repair? heapfix takes them from its backup.</source>
        <translation>Elk bestand dat heapfix heeft gewijzigd, terugzetten zoals het vóór het herstel was? heapfix haalt ze uit de back-up.</translation>
    </message>
    <message>
        <source>&amp;Undo the repair</source>
        <translation>Het herstel ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>Undone: the files are back as they were before the repair (%1 put back). The files as heapfix had left them are kept beside them, ending in .heapfix-before-revert-….</source>
        <translation>Ongedaan gemaakt: de bestanden zijn weer zoals vóór het herstel (%1 teruggezet). De bestanden zoals heapfix ze had achtergelaten, staan ernaast, eindigend op .heapfix-before-revert-….</translation>
    </message>
    <message>
        <source>Put back: %1</source>
        <translation>Teruggezet: %1</translation>
    </message>
</context>
<context>
    <name>heapfix::CopyFields</name>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopiëren</translation>
    </message>
    <message>
        <source>Copied: %1. Paste it with Ctrl+V.</source>
        <translation>Gekopieerd: %1. Plak het met Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>heapfix::CurrentSettingsPage</name>
    <message>
        <source>Your current settings</source>
        <translation>Uw huidige instellingen</translation>
    </message>
    <message>
        <source>Windows sizes its desktop heaps with three numbers, in kilobytes (KB).</source>
        <translation>Windows bepaalt de grootte van de desktop-heaps met drie getallen, in kilobytes (kB).</translation>
    </message>
    <message>
        <source>For each desktop where you work with programs. When it is full, programs say &quot;Out of memory&quot;.</source>
        <translation>Voor elke desktop waarop u met programma&apos;s werkt. Als deze vol is, melden programma&apos;s &quot;Fout door onvoldoende geheugen&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The setting cannot be understood, so heapfix will not change it. %1</source>
        <translation>De instelling is niet te begrijpen; daarom wijzigt heapfix hem niet. %1</translation>
    </message>
    <message>
        <source>The setting could not be read.</source>
        <translation>De instelling kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Key: %1
Value: %2 (%3)
Data: %4</source>
        <translation>Sleutel: %1
Waarde: %2 (%3)
Gegevens: %4</translation>
    </message>
    <message>
        <source>A desktop heap is a small memory area in which Windows keeps the windows, menus and icons of the programs on a desktop. These are your numbers now:</source>
        <translation>Een desktop-heap is een klein stukje geheugen waarin Windows de vensters, menu&apos;s en pictogrammen van de programma&apos;s op een desktop bewaart. Dit zijn uw getallen nu:</translation>
    </message>
    <message>
        <source>For Windows itself, shared by all desktops. Practically never needs changing.</source>
        <translation>Voor Windows zelf, gedeeld door alle desktops. Hoeft vrijwel nooit te worden gewijzigd.</translation>
    </message>
    <message>
        <source>For each desktop of the services that run in the background. When it is not set, Windows uses the number for programs.</source>
        <translation>Voor elke desktop van de services die op de achtergrond draaien. Als dit getal niet is ingesteld, gebruikt Windows het getal voor programma&apos;s.</translation>
    </message>
    <message>
        <source>heapfix advises larger numbers for this Windows: %1 instead of %2. To change them, start heapfix again and choose &quot;Fix the problem for me&quot;.</source>
        <translation>heapfix raadt voor deze Windows grotere getallen aan: %1 in plaats van %2. Om ze te wijzigen: start heapfix opnieuw en kies &quot;Het probleem voor mij oplossen&quot;.</translation>
    </message>
    <message>
        <source>Your numbers are large enough: heapfix advises no change.</source>
        <translation>Uw getallen zijn groot genoeg: heapfix raadt geen wijziging aan.</translation>
    </message>
    <message>
        <source>The three numbers of SharedSection, in KB: the shared heap, the heap of each desktop of the interactive window station (WinSta0), and the heap of each desktop of a non-interactive window station (services).</source>
        <translation>De drie getallen van SharedSection, in kB: de gedeelde heap, de heap van elke desktop van het interactieve vensterstation (WinSta0) en de heap van elke desktop van een niet-interactief vensterstation (services).</translation>
    </message>
    <message>
        <source>The log points at services: %1 of the failures were on the desktops of services, while you chose programs that say &quot;Out of memory&quot;. heapfix proposes numbers for what you chose, unless you take the log&apos;s choice.</source>
        <translation>Het logboek wijst naar services: %1 van de fouten waren op de desktops van services, terwijl u programma&apos;s koos die &quot;Fout door onvoldoende geheugen&quot; melden. heapfix stelt getallen voor bij wat u koos, tenzij u de keuze van het logboek overneemt.</translation>
    </message>
    <message>
        <source>The log points at programs: %1 of the failures were on the desktops where you work with programs, while you chose a service that does not start. heapfix proposes numbers for what you chose, unless you take the log&apos;s choice.</source>
        <translation>Het logboek wijst naar programma&apos;s: %1 van de fouten waren op de desktops waarop u met programma&apos;s werkt, terwijl u een service koos die niet start. heapfix stelt getallen voor bij wat u koos, tenzij u de keuze van het logboek overneemt.</translation>
    </message>
    <message>
        <source>Propose numbers for &amp;services</source>
        <translation>Getallen voorstellen voor &amp;services</translation>
    </message>
    <message>
        <source>Propose numbers for &amp;programs</source>
        <translation>Getallen voorstellen voor &amp;programma&apos;s</translation>
    </message>
</context>
<context>
    <name>heapfix::DetailsSection</name>
    <message>
        <source>Hide details</source>
        <translation>Details verbergen</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Details weergeven</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Technische details</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>&amp;Details verbergen</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>&amp;Details weergeven</translation>
    </message>
</context>
<context>
    <name>heapfix::FeedbackPage</name>
    <message>
        <source>Save the diagnostic report</source>
        <translation>Het diagnoserapport opslaan</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstbestanden (*.txt)</translation>
    </message>
    <message>
        <source>Is the problem solved?</source>
        <translation>Is het probleem opgelost?</translation>
    </message>
    <message>
        <source>Your answer stays on this computer, in heapfix&apos;s feedback log. Nothing is sent.</source>
        <translation>Uw antwoord blijft op deze computer, in het feedbacklogboek van heapfix. Er wordt niets verzonden.</translation>
    </message>
    <message>
        <source>&amp;Yes, the problem is solved</source>
        <translation>&amp;Ja, het probleem is opgelost</translation>
    </message>
    <message>
        <source>&amp;No, the problem is still there</source>
        <translation>&amp;Nee, het probleem doet zich nog steeds voor</translation>
    </message>
    <message>
        <source>Thank you! Click Finish to close heapfix.</source>
        <translation>Bedankt! Klik op Voltooien om heapfix te sluiten.</translation>
    </message>
    <message>
        <source>&amp;Save a diagnostic report…</source>
        <translation>Diagnoserapport op&amp;slaan…</translation>
    </message>
    <message>
        <source>Save a diagnostic report</source>
        <translation>Diagnoserapport opslaan</translation>
    </message>
    <message>
        <source>Your answer could not be written to the feedback log: %1 Click Finish again to close heapfix anyway.</source>
        <translation>Uw antwoord kon niet in het feedbacklogboek worden geschreven: %1 Klik nogmaals op Voltooien om heapfix toch te sluiten.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Het rapport kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>The report is saved: %1</source>
        <translation>Het rapport is opgeslagen: %1</translation>
    </message>
    <message>
        <source>Put the old setting back now</source>
        <translation>De oude instelling nu terugzetten</translation>
    </message>
    <message>
        <source>&amp;Put the old setting back now</source>
        <translation>De oude &amp;instelling nu terugzetten</translation>
    </message>
    <message>
        <source>Restart the computer, if you have not done so yet: the new numbers only count after a restart.</source>
        <translation>Start de computer opnieuw op, als u dat nog niet hebt gedaan: de nieuwe getallen gelden pas daarna.</translation>
    </message>
    <message>
        <source>Put the disk back in its own computer and start that Windows, if you have not done so yet: it uses the new numbers from its next start.</source>
        <translation>Zet de schijf terug in de eigen computer en start die Windows, als u dat nog niet hebt gedaan: vanaf die start gebruikt Windows de nieuwe getallen.</translation>
    </message>
    <message>
        <source>This was practice: on a real computer, restart it first: the new numbers only count after a restart.</source>
        <translation>Dit was een oefening: start een echte computer eerst opnieuw op; de nieuwe getallen gelden pas daarna.</translation>
    </message>
    <message>
        <source>What you can do next:</source>
        <translation>Wat u nu kunt doen:</translation>
    </message>
    <message>
        <source>Put the old setting back: start heapfix again and choose &quot;Restore an earlier backup&quot;.</source>
        <translation>De oude instelling terugzetten: start heapfix opnieuw en kies &quot;Een eerdere back-up terugzetten&quot;.</translation>
    </message>
    <message>
        <source>Add memory to the computer, or run fewer programs at the same time.</source>
        <translation>Breid het geheugen van de computer uit, of gebruik minder programma&apos;s tegelijk.</translation>
    </message>
    <message>
        <source>Contact your helpdesk and give them the diagnostic report.</source>
        <translation>Neem contact op met uw helpdesk en geef hun het diagnoserapport.</translation>
    </message>
    <message>
        <source>there is no backup of the change to ask about</source>
        <translation>er is geen back-up van de wijziging om naar te vragen</translation>
    </message>
    <message>
        <source>&amp;Ask me after the restart</source>
        <translation>&amp;Vraag het me na de herstart</translation>
    </message>
    <message>
        <source>Whether the change helped shows once that Windows has run with it. Start that Windows and use it as before; then, with its disk here again, run:
heapfix --windows-dir &quot;%1&quot; --feedback
heapfix then shows what Windows logged since the change and asks again.</source>
        <translation>Of de wijziging heeft geholpen, blijkt pas als die Windows ermee heeft gewerkt. Start die Windows en gebruik hem zoals altijd; sluit daarna de schijf hier weer aan en voer uit:
heapfix --windows-dir &quot;%1&quot; --feedback
heapfix toont dan wat Windows sinds de wijziging heeft vastgelegd en vraagt het opnieuw.</translation>
    </message>
    <message>
        <source>heapfix will start after the restart and ask whether the problem is solved, with what Windows logged since the change. Click Finish, then restart the computer.</source>
        <translation>heapfix start na de herstart en vraagt dan of het probleem is opgelost, met wat Windows sinds de wijziging heeft vastgelegd. Klik op Voltooien en start de computer daarna opnieuw op.</translation>
    </message>
    <message>
        <source>heapfix could not arrange to ask after the restart: %1</source>
        <translation>heapfix kan niet regelen dat het na de herstart vraagt: %1</translation>
    </message>
</context>
<context>
    <name>heapfix::HeapfixWizard</name>
    <message>
        <source>heapfix — Fix desktop heap problems</source>
        <translation>heapfix — Problemen met de desktop-heap oplossen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>heapfix::ManualStepsPage</name>
    <message>
        <source>Fix this problem yourself</source>
        <translation>Dit probleem zelf oplossen</translation>
    </message>
    <message>
        <source>The steps in Registry Editor for this Windows, with the exact new value to copy.</source>
        <translation>De stappen in de Register-editor voor deze Windows, met de precieze nieuwe waarde om te kopiëren.</translation>
    </message>
    <message>
        <source>Important: a mistake in the registry can stop Windows from starting. Follow these steps carefully.</source>
        <translation>Belangrijk: als u het register onjuist bewerkt, kunnen er grote problemen optreden. Voer deze stappen zorgvuldig uit.</translation>
    </message>
    <message>
        <source>1. On a working Windows, start Registry Editor as an administrator (press Windows+R, type regedit, press Enter).</source>
        <translation>1. Start op een werkende Windows de Register-editor als administrator (druk op Windows+R, typ regedit en druk op Enter).</translation>
    </message>
    <message>
        <source>2. Select HKEY_LOCAL_MACHINE, choose File &gt; Load Hive… and open %1. Name it BROKENSYSTEM.</source>
        <translation>2. Selecteer HKEY_LOCAL_MACHINE, kies Bestand &gt; Component laden… en open %1. Geef het de naam BROKENSYSTEM.</translation>
    </message>
    <message>
        <source>1. Start Registry Editor: press Windows+R, type regedit and press Enter.</source>
        <translation>1. Start de Register-editor: druk op Windows+R, typ regedit en druk op Enter.</translation>
    </message>
    <message>
        <source>2. Go to the key below (you can paste it into the address bar).</source>
        <translation>2. Ga naar de sleutel hieronder (u kunt hem in de adresbalk plakken).</translation>
    </message>
    <message>
        <source>3. Make a backup first: choose File &gt; Export…, &quot;Selected branch&quot;, and save the file.</source>
        <translation>3. Maak eerst een back-up: kies Bestand &gt; Exporteren…, &quot;Geselecteerde vertakking&quot;, en sla het bestand op.</translation>
    </message>
    <message>
        <source>4. Double-click the value &quot;Windows&quot;.</source>
        <translation>4. Dubbelklik op de waarde &quot;Windows&quot;.</translation>
    </message>
    <message>
        <source>5. Replace the SharedSection part with the one below, or replace the whole text with the new value below. Change nothing else.</source>
        <translation>5. Vervang het SharedSection-deel door het deel hieronder, of vervang de hele tekst door de nieuwe waarde hieronder. Wijzig verder niets.</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Sleutel:</translation>
    </message>
    <message>
        <source>&amp;SharedSection:</source>
        <translation>Sh&amp;aredSection:</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>Nieuwe &amp;waarde:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>3. Go to the key below. Make a backup first: choose File &gt; Export…, &quot;Selected branch&quot;, and save the file on this computer.</source>
        <translation>3. Ga naar de sleutel hieronder. Maak eerst een back-up: kies Bestand &gt; Exporteren…, &quot;Geselecteerde vertakking&quot;, en sla het bestand op deze computer op.</translation>
    </message>
    <message>
        <source>6. Click OK.</source>
        <translation>6. Klik op OK.</translation>
    </message>
    <message>
        <source>7. Select BROKENSYSTEM, choose File &gt; Unload Hive…, put the disk back in its own computer and start that Windows: it uses the new numbers from then on.</source>
        <translation>7. Selecteer BROKENSYSTEM, kies Bestand &gt; Component verwijderen…, zet de schijf terug in de eigen computer en start die Windows: vanaf dan gebruikt Windows de nieuwe getallen.</translation>
    </message>
    <message>
        <source>7. Close Registry Editor and restart the computer: the new numbers only count after a restart.</source>
        <translation>7. Sluit de Register-editor en start de computer opnieuw op: de nieuwe getallen gelden pas daarna.</translation>
    </message>
    <message>
        <source>This is the practice installation: the steps are for practice, on a real Windows.</source>
        <translation>Dit is de oefeninstallatie: de stappen zijn om te oefenen, op een echte Windows.</translation>
    </message>
    <message>
        <source>Nothing needs to change: your numbers are already large enough.</source>
        <translation>Er hoeft niets te veranderen: uw getallen zijn al groot genoeg.</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>de sleutel</translation>
    </message>
    <message>
        <source>the SharedSection part</source>
        <translation>het SharedSection-deel</translation>
    </message>
    <message>
        <source>the new value</source>
        <translation>de nieuwe waarde</translation>
    </message>
</context>
<context>
    <name>heapfix::PathField</name>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Bladeren naar %1</translation>
    </message>
</context>
<context>
    <name>heapfix::ProposalPage</name>
    <message>
        <source>Please correct this first:</source>
        <translation>Corrigeer eerst het volgende:</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Your numbers now and the numbers heapfix recommends, with the reason.</source>
        <translation>Uw getallen nu en de getallen die heapfix aanbeveelt, met de reden.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Aanbevolen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>%1, recommended: %2</source>
        <translation>%1, aanbevolen: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <source>The setting could not be read, so there is no proposal.</source>
        <translation>De instelling kon niet worden gelezen; daarom is er geen voorstel.</translation>
    </message>
    <message>
        <source>heapfix recommends larger desktop heaps. Click Next to make a backup; nothing is changed before that.</source>
        <translation>heapfix raadt grotere desktop-heaps aan. Klik op Volgende om een back-up te maken; daarvóór wordt niets gewijzigd.</translation>
    </message>
    <message>
        <source>Nothing needs to change: your numbers are already at or above what Microsoft recommends for this Windows.</source>
        <translation>Er hoeft niets te veranderen: uw getallen zijn al minstens zo groot als Microsoft voor deze Windows aanbeveelt.</translation>
    </message>
    <message>
        <source>&amp;Choose my own numbers (advanced)</source>
        <translation>&amp;Zelf getallen kiezen (geavanceerd)</translation>
    </message>
    <message>
        <source>Your own numbers, in KB (from 128 to 65536)</source>
        <translation>Uw eigen getallen, in kB (van 128 tot 65536)</translation>
    </message>
    <message>
        <source>%1: type a number.</source>
        <translation>%1: typ een getal.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number. Type digits only, the size in KB.</source>
        <translation>%1: &quot;%2&quot; is geen getal. Typ alleen cijfers: de grootte in kB.</translation>
    </message>
    <message>
        <source>These are the numbers you have now: nothing would change. Click Finish to close heapfix, or type other numbers.</source>
        <translation>Dit zijn de getallen die u nu al hebt: er zou niets veranderen. Klik op Voltooien om heapfix te sluiten, of typ andere getallen.</translation>
    </message>
    <message>
        <source>Windows &amp;itself (KB):</source>
        <translation>&amp;Windows zelf (kB):</translation>
    </message>
    <message>
        <source>&amp;Programs (KB):</source>
        <translation>&amp;Programma&apos;s (kB):</translation>
    </message>
    <message>
        <source>Ser&amp;vices (KB):</source>
        <translation>Servi&amp;ces (kB):</translation>
    </message>
    <message>
        <source>Windows&apos; event log shows that the desktops as a whole ran out: raising a number would make it worse.</source>
        <translation>Het logboek van Windows laat zien dat de desktops samen zijn uitgeput: een getal verhogen maakt het erger.</translation>
    </message>
    <message>
        <source>What fits: %1 instead of %2 (a smaller number for services), as your own numbers.</source>
        <translation>Wat past: %1 in plaats van %2 (een kleiner getal voor services), als uw eigen getallen.</translation>
    </message>
</context>
<context>
    <name>heapfix::RestorePage</name>
    <message>
        <source>Choose the folder with the backups</source>
        <translation>Kies de map met de back-ups</translation>
    </message>
    <message>
        <source>Restore an earlier backup</source>
        <translation>Een eerdere back-up terugzetten</translation>
    </message>
    <message>
        <source>Choose a backup. Your current setting is backed up first, so this can be undone too.</source>
        <translation>Kies een back-up. Van uw huidige instelling wordt eerst een back-up gemaakt, zodat ook dit ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Deze back-up te&amp;rugzetten</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installatie</translation>
    </message>
    <message>
        <source>Numbers (KB)</source>
        <translation>Getallen (kB)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Look in &amp;another folder…</source>
        <translation>In een &amp;andere map zoeken…</translation>
    </message>
    <message>
        <source>Look in another folder</source>
        <translation>In een andere map zoeken</translation>
    </message>
    <message>
        <source>There are no backups in %1.</source>
        <translation>Er staan geen back-ups in %1.</translation>
    </message>
    <message>
        <source>Backups in %1, newest first:</source>
        <translation>Back-ups in %1, nieuwste eerst:</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Deze back-up kan niet worden teruggezet: %1</translation>
    </message>
    <message>
        <source>This backup holds the setting you have now: nothing to restore.</source>
        <translation>Deze back-up bevat de instelling die u nu al hebt: er valt niets terug te zetten.</translation>
    </message>
    <message>
        <source>Now: SharedSection=%1
After restoring: SharedSection=%2</source>
        <translation>Nu: SharedSection=%1
Na terugzetten: SharedSection=%2</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(kan niet worden gelezen)</translation>
    </message>
    <message>
        <source>This backup was made of another installation (%1).</source>
        <translation>Deze back-up is van een andere installatie gemaakt (%1).</translation>
    </message>
</context>
<context>
    <name>heapfix::SavedPath</name>
    <message>
        <source>No program on this computer could open the folder. Go to it yourself: %1</source>
        <translation>Geen programma op deze computer kon de map openen. Ga er zelf naartoe: %1</translation>
    </message>
    <message>
        <source>The path is copied: paste it where you need it.</source>
        <translation>Het pad is gekopieerd: plak het waar u het nodig hebt.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pad kopiëren</translation>
    </message>
    <message>
        <source>Copy pa&amp;th</source>
        <translation>Pad &amp;kopiëren</translation>
    </message>
</context>
<context>
    <name>heapfix::StepProgress</name>
    <message>
        <source>waiting</source>
        <translation>wacht</translation>
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
        <translation>Kan niet worden vastgesteld</translation>
    </message>
    <message>
        <source>System check</source>
        <translation>Systeemcontrole</translation>
    </message>
    <message>
        <source>Which Windows heapfix is looking at, and whether it can change the setting.</source>
        <translation>Welke Windows heapfix bekijkt, en of heapfix de instelling kan wijzigen.</translation>
    </message>
    <message>
        <source>Windows:</source>
        <translation>Windows:</translation>
    </message>
    <message>
        <source>Version and build:</source>
        <translation>Versie en build:</translation>
    </message>
    <message>
        <source>32 or 64-bit:</source>
        <translation>32- of 64-bits:</translation>
    </message>
    <message>
        <source>Installation:</source>
        <translation>Installatie:</translation>
    </message>
    <message>
        <source>Administrator rights:</source>
        <translation>Administratorrechten:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No: heapfix can look, but not change the setting</source>
        <translation>Nee: heapfix kan kijken, maar de instelling niet wijzigen</translation>
    </message>
    <message>
        <source>Not needed: the installation is a set of files</source>
        <translation>Niet nodig: de installatie bestaat uit bestanden</translation>
    </message>
    <message>
        <source>The setting could not be read: %1</source>
        <translation>De instelling kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The setting could be read.</source>
        <translation>De instelling kon worden gelezen.</translation>
    </message>
    <message>
        <source>Registry key: %1</source>
        <translation>Registersleutel: %1</translation>
    </message>
    <message>
        <source>Control set: %1</source>
        <translation>Beheerset: %1</translation>
    </message>
</context>
<context>
    <name>heapfix::TargetChooser</name>
    <message>
        <source>Choose the Windows folder of the installation</source>
        <translation>Kies de Windows-map van de installatie</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <source>A Windows folder (a disk from another computer)</source>
        <translation>Een Windows-map (een schijf van een andere computer)</translation>
    </message>
    <message>
        <source>The practice installation</source>
        <translation>De oefeninstallatie</translation>
    </message>
    <message>
        <source>&amp;Work on:</source>
        <translation>Werken &amp;op:</translation>
    </message>
    <message>
        <source>Work on</source>
        <translation>Werken op</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Sl&amp;uiten</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Change the installation</source>
        <translation>De installatie wijzigen</translation>
    </message>
    <message>
        <source>The Windows folder of the installation (the folder that holds System32):</source>
        <translation>De Windows-map van de installatie (de map waarin System32 staat):</translation>
    </message>
    <message>
        <source>Windows folder</source>
        <translation>Windows-map</translation>
    </message>
    <message>
        <source>for example F:\Windows or /mnt/broken/Windows</source>
        <translation>bijvoorbeeld F:\Windows of /mnt/defect/Windows</translation>
    </message>
    <message>
        <source>Practice installation</source>
        <translation>Oefeninstallatie</translation>
    </message>
    <message>
        <source>Start the practice over</source>
        <translation>De oefening opnieuw beginnen</translation>
    </message>
    <message>
        <source>The Windows that runs heapfix now.</source>
        <translation>De Windows waarop heapfix nu draait.</translation>
    </message>
    <message>
        <source>Start the &amp;practice over</source>
        <translation>De oefening o&amp;pnieuw beginnen</translation>
    </message>
</context>
<context>
    <name>heapfix::WelcomePage</name>
    <message>
        <source>What would you like to do?</source>
        <translation>Wat wilt u doen?</translation>
    </message>
    <message>
        <source>Let me fix this problem &amp;myself</source>
        <translation>Dit probleem &amp;zelf oplossen</translation>
    </message>
    <message>
        <source>&amp;Restore an earlier backup</source>
        <translation>Een eerdere back-up te&amp;rugzetten</translation>
    </message>
    <message>
        <source>What do you see?</source>
        <translation>Wat ziet u?</translation>
    </message>
    <message>
        <source>Many programs are open and Windows says &quot;&amp;Out of memory&quot;</source>
        <translation>Er zijn veel programma&apos;s geopend en Windows meldt &quot;&amp;Fout door onvoldoende geheugen&quot;</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>heapfix.portable was found, but the folder beside heapfix cannot be written. Backups and logs are kept in %1 instead.</source>
        <translation>heapfix.portable is gevonden, maar in de map naast heapfix kan niet worden geschreven. Back-ups en logboeken worden daarom bewaard in %1.</translation>
    </message>
    <message>
        <source>Start the practice over</source>
        <translation>De oefening opnieuw beginnen</translation>
    </message>
    <message>
        <source>Make the practice installation afresh, with its original settings? What you changed in it is gone; its backups stay in the backup folder.</source>
        <translation>De oefeninstallatie opnieuw maken, met de oorspronkelijke instellingen? Wat u erin hebt gewijzigd, verdwijnt; de back-ups blijven in de back-upmap.</translation>
    </message>
    <message>
        <source>Fix &quot;Out of memory&quot; errors in Windows</source>
        <translation>Meldingen &quot;Fout door onvoldoende geheugen&quot; in Windows oplossen</translation>
    </message>
    <message>
        <source>Windows says it is out of memory while there is plenty? This wizard can fix that.</source>
        <translation>Meldt Windows dat het geheugen op is, terwijl er genoeg is? Deze wizard kan dat oplossen.</translation>
    </message>
    <message>
        <source>&amp;Fix the problem for me</source>
        <translation>&amp;Het probleem voor mij oplossen</translation>
    </message>
    <message>
        <source>Recommended. heapfix makes a backup, changes the setting and checks it.</source>
        <translation>Aanbevolen. heapfix maakt een back-up, wijzigt de instelling en controleert die.</translation>
    </message>
    <message>
        <source>The steps in Registry Editor, with the new value to copy.</source>
        <translation>De stappen in de Register-editor, met de nieuwe waarde om te kopiëren.</translation>
    </message>
    <message>
        <source>Put back a setting heapfix saved before.</source>
        <translation>Een instelling terugzetten die heapfix eerder heeft opgeslagen.</translation>
    </message>
    <message>
        <source>Only show my &amp;settings</source>
        <translation>Alleen mijn &amp;instellingen weergeven</translation>
    </message>
    <message>
        <source>Nothing is changed.</source>
        <translation>Er wordt niets gewijzigd.</translation>
    </message>
    <message>
        <source>Windows does not start: stop code 0xC0000017</source>
        <translation>Windows start niet: stopcode 0xC0000017</translation>
    </message>
    <message>
        <source>Repair the disk of a Windows that does not start, attached to this computer.</source>
        <translation>De schijf herstellen van een Windows die niet start, gekoppeld aan deze computer.</translation>
    </message>
    <message>
        <source>A ser&amp;vice does not start: &quot;%1&quot;</source>
        <translation>Een &amp;service start niet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>When many programs are open, Windows may say &quot;Out of memory&quot; although there is enough memory, or a service does not start: &quot;%1&quot;. Then the desktop heap, a small memory area of Windows, is full. heapfix checks your settings and proposes larger ones, always after a backup, so that you can go back at any time.</source>
        <translation>Wanneer veel programma&apos;s geopend zijn, kan Windows &quot;Fout door onvoldoende geheugen&quot; melden, ook al is er voldoende geheugen, of start een service niet: &quot;%1&quot;. Dan is de desktop-heap vol, een klein stukje geheugen van Windows. heapfix controleert uw instellingen en stelt grotere voor, altijd na een back-up, zodat u op elk moment terug kunt.</translation>
    </message>
</context>
</TS>
