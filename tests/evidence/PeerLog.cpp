#include "PeerLog.h"

#include "TestSupport.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace heapfix::evidencetest {

namespace {

constexpr std::int64_t kTicksPerSecond = 10'000'000;
constexpr std::int64_t kUnixEpochTicks = 116'444'736'000'000'000;

std::int64_t ticksOfUnix(std::int64_t seconds) {
    return kUnixEpochTicks + seconds * kTicksPerSecond;
}

// One <Event> element: System's provider, EventID, EventRecordID, TimeCreated; EventData's Data elements and
// UserData's leaf elements as the strings.
std::optional<PeerEvent> eventFromXml(const QString& xml) {
    struct Open {
        QString name;
        bool hadChild = false;
        QString text;
    };
    QXmlStreamReader reader(xml);
    PeerEvent event;
    QList<Open> path;
    bool sawId = false;
    const auto inside = [&path](const QString& name) {
        for (const Open& open : path)
            if (open.name == name)
                return true;
        return false;
    };
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (!path.isEmpty())
                path.last().hadChild = true;
            const QString name = reader.name().toString();
            path.append({name, false, {}});
            if (name == "Provider") {
                event.provider = reader.attributes().value("Name").toString();
                if (event.provider.isEmpty())
                    event.provider = reader.attributes().value("EventSourceName").toString();
            } else if (name == "TimeCreated") {
                if (const auto ticks = peerTicks(reader.attributes().value("SystemTime").toString()))
                    event.ticks = *ticks;
            }
        } else if (token == QXmlStreamReader::Characters && !path.isEmpty()) {
            path.last().text += reader.text();
        } else if (token == QXmlStreamReader::EndElement && !path.isEmpty()) {
            const Open done = path.takeLast();
            if (done.name == "EventID" && inside("System"))
                event.eventId = done.text.trimmed().toUInt(&sawId);
            else if (done.name == "EventRecordID" && inside("System"))
                event.recordId = done.text.trimmed().toULongLong();
            else if (done.name == "Data" && inside("EventData"))
                event.strings << done.text;
            else if (inside("UserData") && !done.hadChild)
                event.strings << done.text;
        }
    }
    if (reader.hasError() || !sawId)
        return std::nullopt;
    return event;
}

QList<PeerEvent> eventsFromXmlStream(const QString& output, QString* error) {
    QList<PeerEvent> events;
    static const QRegularExpression start("<Event[ >]");
    qsizetype at = output.indexOf(start);
    while (at >= 0) {
        const qsizetype end = output.indexOf("</Event>", at);
        if (end < 0) {
            *error = "an <Event> without its end";
            return {};
        }
        const QString xml = output.mid(at, end + 8 - at);
        const std::optional<PeerEvent> event = eventFromXml(xml);
        if (!event) {
            *error = "an event the XML reader cannot read: " + xml.left(300);
            return {};
        }
        events << *event;
        at = output.indexOf(start, end);
    }
    return events;
}

// evtexport's text: blocks that start with "Event number", fields "Name<tabs>: value", strings that go on
// over several lines.
QList<PeerEvent> eventsFromEvtExport(const QString& output, QString* error) {
    QList<PeerEvent> events;
    static const QRegularExpression field("^([A-Z][A-Za-z ]*?)(?:: (\\d+))?\\t+: (.*)$");
    const QStringList blocks = output.split(QRegularExpression("\\n(?=Event number\\t)"));
    for (const QString& block : blocks) {
        if (!block.startsWith("Event number"))
            continue;
        PeerEvent event;
        bool inString = false;
        const QStringList lines = block.split('\n');
        for (const QString& line : lines) {
            const QRegularExpressionMatch match = field.match(line);
            if (!match.hasMatch()) {
                if (inString)
                    event.strings.last() += "\n" + line;
                continue;
            }
            const QString name = match.captured(1), value = match.captured(3);
            inString = name == "String";
            if (name == "Event number")
                event.recordId = value.toULongLong();
            else if (name == "Source name")
                event.provider = value;
            else if (name == "Event identifier")
                event.eventId = value.section(' ', 0, 0).toUInt(nullptr, 16) & 0xFFFF;
            else if (name == "Creation time") {
                QString text = value;
                text.remove(" UTC");
                QDateTime time = QLocale::c().toDateTime(text, "MMM dd, yyyy HH:mm:ss");
                if (!time.isValid()) {
                    *error = "a creation time evtexport printed that cannot be read: " + value;
                    return {};
                }
                time.setTimeZone(QTimeZone::utc());
                event.ticks = ticksOfUnix(time.toSecsSinceEpoch());
            } else if (name == "String")
                event.strings << value;
        }
        // The blank line between blocks belongs to no string.
        if (!event.strings.isEmpty())
            while (event.strings.last().endsWith('\n'))
                event.strings.last().chop(1);
        events << event;
    }
    return events;
}

QString lower(const QString& text) {
    return text.toLower();
}

} // namespace

QString peerName(Peer peer) {
    switch (peer) {
    case Peer::EvtxExport:
        return "evtxexport";
    case Peer::PythonEvtx:
        return "evtx_dump.py";
    case Peer::EvtExport:
        return "evtexport";
    }
    return {};
}

std::optional<std::int64_t> peerTicks(const QString& text) {
    static const QRegularExpression form(
        "^(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?Z?$");
    const QRegularExpressionMatch match = form.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    const std::int64_t days = QDate(1970, 1, 1).daysTo(date);
    const std::int64_t seconds = days * 86400 + match.captured(2).toLongLong() * 3600 +
                                 match.captured(3).toLongLong() * 60 + match.captured(4).toLongLong();
    QString fraction = match.captured(5);
    fraction = (fraction + "0000000").left(7);
    return ticksOfUnix(seconds) + fraction.toLongLong();
}

QList<PeerEvent> readWithPeer(Peer peer, const QString& logFile, QString* error) {
    test::ProcessResult result;
    switch (peer) {
    case Peer::EvtxExport:
        result = test::run("evtxexport", {"-f", "xml", logFile}, {}, 300000);
        break;
    case Peer::PythonEvtx:
        result = test::run("evtx_dump.py", {logFile}, {}, 600000);
        break;
    case Peer::EvtExport:
        result = test::run("evtexport", {logFile}, {}, 300000);
        break;
    }
    if (!result.started || result.exitCode != 0) {
        *error = peerName(peer) + " failed: " + QString::fromUtf8(result.err);
        return {};
    }
    const QString output = QString::fromUtf8(result.out);
    return peer == Peer::EvtExport ? eventsFromEvtExport(output, error) : eventsFromXmlStream(output, error);
}

QString peerKind(const PeerEvent& event) {
    QString provider = lower(event.provider);
    provider.remove(QRegularExpression("^microsoft-windows-"));
    const QString all = lower(event.strings.join('\n'));
    static const QRegularExpression status("(^|[^0-9a-z_])(0x)?c0000142($|[^0-9a-z_])");
    if (provider == "win32k" && event.eventId == 243)
        return "win32k_243";
    if (provider == "win32k" && event.eventId == 244)
        return "win32k_244";
    if (provider == "application popup" && event.eventId == 26 &&
        (status.match(all).hasMatch() || all.contains("initialization of the dynamic link library") ||
         all.contains("initialization of the dynamic library")))
        return "popup_dll_init";
    static const QList<std::uint32_t> scm = {7000, 7009, 7011, 7023, 7024, 7031, 7034};
    if (provider != "service control manager" || !scm.contains(event.eventId))
        return {};
    const int service = event.eventId == 7009 || event.eventId == 7011 ? 1 : 0;
    for (int i = 0; i < event.strings.size(); ++i) {
        if (i == service)
            continue;
        const QString text = event.strings[i].trimmed();
        if (text == "%%1114" || text == "%%3221225794" || text == "%%-1073741502" ||
            (event.eventId == 7024 && i == 1 && (text == "3221225794" || text == "-1073741502")) ||
            status.match(lower(text)).hasMatch())
            return "service_dll_init";
    }
    return {};
}

QString peerServiceName(const PeerEvent& event) {
    const int service = event.eventId == 7009 || event.eventId == 7011 ? 1 : 0;
    return service < event.strings.size() ? event.strings[service].trimmed() : QString();
}

PeerFigures figuresOf(const QList<PeerEvent>& events, std::optional<std::int64_t> since) {
    PeerFigures figures;
    for (const char* kind : {"win32k_243", "win32k_244", "popup_dll_init", "service_dll_init"})
        figures.counts[kind] = 0;
    std::optional<std::uint64_t> lowest, highest;
    for (const PeerEvent& event : events) {
        ++figures.records;
        if (!lowest || event.recordId < *lowest) {
            lowest = event.recordId;
            figures.logFirst = event.ticks;
        }
        if (!highest || event.recordId > *highest) {
            highest = event.recordId;
            figures.logLast = event.ticks;
        }
        const QString kind = peerKind(event);
        if (kind.isEmpty() || (since && event.ticks < *since))
            continue;
        ++figures.counts[kind];
        if (!figures.first || event.ticks < *figures.first)
            figures.first = event.ticks;
        if (!figures.last || event.ticks > *figures.last)
            figures.last = event.ticks;
        if (kind == "service_dll_init")
            ++figures.services[peerServiceName(event)];
    }
    return figures;
}

QString unpackLog(const QString& name, const QString& folder) {
    const QString source = QString::fromUtf8(test::kEvtxDir) + "/" + name + ".xz";
    const QString target = folder + "/" + name;
    const test::ProcessResult xz = test::run("xz", {"-dc", source});
    QFile out(target);
    if (xz.exitCode != 0 || !out.open(QIODevice::WriteOnly) || out.write(xz.out) != xz.out.size())
        return {};
    return target;
}

} // namespace heapfix::evidencetest
