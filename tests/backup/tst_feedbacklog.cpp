// The local "Is the problem solved?" log: JSON lines appended durably and read back.
#include "TestSupport.h"

#include "model/backup/FeedbackLog.h"

#include <QtTest>

#include <fstream>

using namespace heapfix;
namespace fs = std::filesystem;

class TestFeedbackLog : public QObject {
    Q_OBJECT
private slots:
    void appendsAndReadsBack() {
        QTemporaryDir dir;
        const fs::path log = fs::path(dir.path().toStdString()) / "sub" / "feedback.jsonl";
        FeedbackEntry first{
            "",     true, "sample", "Windows 10", "1024,20480,768", "1024,20480,2048", "/b/heapfix-1.reg",
            "0.1.0"};
        FeedbackEntry second{"2026-11-21T23:00:00Z", false, "live", "Wïndows \"7\"\nline", "1024,3072",
                             "1024,3072,512",        "",    "0.1.0"};
        QVERIFY(appendFeedback(log, first).has_value());
        QVERIFY(appendFeedback(log, second).has_value());
        const auto entries = readFeedback(log);
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), std::size_t(2));
        QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")
                    .match(QString::fromStdString((*entries)[0].time))
                    .hasMatch());
        QCOMPARE((*entries)[0].solved, true);
        QCOMPARE((*entries)[0].after, first.after);
        QCOMPARE((*entries)[0].backup, first.backup);
        QCOMPARE((*entries)[1].time, second.time);
        QCOMPARE((*entries)[1].solved, false);
        QCOMPARE((*entries)[1].windows, second.windows);
        // One line per entry, whatever the text holds.
        const QByteArray bytes = test::readFile(log);
        QCOMPARE(bytes.count('\n'), 2);
    }

    void aMissingLogIsEmpty() {
        const auto entries = readFeedback("/nonexistent/heapfix/feedback.jsonl");
        QVERIFY(entries.has_value());
        QVERIFY(entries->empty());
    }

    // A line cut short by a crash, or garbage, is skipped; the entries around it stay.
    void skipsBrokenLines() {
        QTemporaryDir dir;
        const fs::path log = fs::path(dir.path().toStdString()) / "feedback.jsonl";
        QVERIFY(appendFeedback(log, FeedbackEntry{"t1", true, "", "", "", "", "", ""}).has_value());
        {
            std::ofstream out(log, std::ios::app | std::ios::binary);
            out << "{\"time\":\"t2\",\"sol\n[1,2]\n";
        }
        QVERIFY(appendFeedback(log, FeedbackEntry{"t3", false, "", "", "", "", "", ""}).has_value());
        const auto entries = readFeedback(log);
        QVERIFY(entries.has_value());
        QCOMPARE(entries->size(), std::size_t(2));
        QCOMPARE((*entries)[0].time, std::string("t1"));
        QCOMPARE((*entries)[1].time, std::string("t3"));
    }

    void unwritableLocation() {
        QTemporaryDir dir;
        const fs::path file = fs::path(dir.path().toStdString()) / "file";
        std::ofstream(file) << "x";
        const auto appended = appendFeedback(file / "feedback.jsonl", FeedbackEntry{});
        QVERIFY(!appended.has_value());
        QCOMPARE(appended.error().subject, file.string());
    }
};

QTEST_APPLESS_MAIN(TestFeedbackLog)
#include "tst_feedbacklog.moc"
