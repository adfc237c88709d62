// SHA-256 against the NIST FIPS 180-4 example vectors, Qt's independent implementation at every padding
// boundary, and coreutils' sha256sum of real files; each with both engines (the processor's SHA instructions
// where this machine has them, and the portable code everywhere).
#include "TestSupport.h"

#include "model/backup/AtomicFile.h"
#include "model/backup/Sha256.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace heapfix;

namespace {

std::string sha(std::string_view text, Sha256Engine engine) {
    return sha256Hex({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()}, engine);
}

// Both engines, named for the messages. Fastest is the portable code again on a processor without the SHA
// instructions: the test says which it compared.
const std::pair<Sha256Engine, const char*> kEngines[] = {{Sha256Engine::Fastest, "fastest"},
                                                         {Sha256Engine::Portable, "portable"}};

} // namespace

class TestSha256 : public QObject {
    Q_OBJECT
private slots:
    void nistVectors_data() {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("digest");
        // FIPS 180-4 examples (csrc.nist.gov, SHA256.pdf and SHA2_Additional.pdf).
        QTest::newRow("empty") << QByteArray("")
                               << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        QTest::newRow("abc") << QByteArray("abc")
                             << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        QTest::newRow("448 bits") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                  << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
        QTest::newRow("896 bits") << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijk"
                                                "lmnoijklmnopjklmnopqklmnopqrlmnopq"
                                                "rsmnopqrstnopqrstu")
                                  << "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1";
        QTest::newRow("million a") << QByteArray(1000000, 'a')
                                   << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
        QTest::newRow("one byte 0xbd")
            << QByteArray("\xbd", 1) << "68325720aabd7c82f30f554b313d0570c95accbb7dc4b5aae11204c08ffe732b";
        QTest::newRow("1000 zeros") << QByteArray(1000, '\0')
                                    << "541b3e9daa09b20bf85fa273e5cbd3e80185aa4ec298e765db87742b70138a53";
    }
    void nistVectors() {
        QFETCH(QByteArray, message);
        QFETCH(QString, digest);
        for (const auto& [engine, name] : kEngines) {
            const std::string ours = sha(std::string_view(message.constData(), message.size()), engine);
            QVERIFY2(QString::fromStdString(ours) == digest, name);
        }
    }

    void engineInUse() {
        qInfo("this processor %s the SHA instructions; the fastest engine is %s",
              sha256HasProcessorInstructions() ? "has" : "lacks",
              sha256HasProcessorInstructions() ? "the processor's" : "the portable code");
#if defined(__x86_64__) && defined(__linux__)
        // On x86-64 Linux the answer must agree with the kernel's (the sha_ni flag in /proc/cpuinfo).
        QFile cpuinfo("/proc/cpuinfo");
        QVERIFY(cpuinfo.open(QIODevice::ReadOnly));
        const bool kernelSays =
            QString::fromLatin1(cpuinfo.readAll()).contains(QRegularExpression("\\bsha_ni\\b"));
        QCOMPARE(sha256HasProcessorInstructions(), kernelSays);
#endif
    }

    // Every length around the 55/56/64-byte padding boundaries, against Qt's implementation.
    void paddingBoundaries() {
        QByteArray message;
        for (int length = 0; length <= 200; ++length) {
            const QByteArray theirs = QCryptographicHash::hash(message, QCryptographicHash::Sha256).toHex();
            for (const auto& [engine, name] : kEngines) {
                const std::string ours = sha(std::string_view(message.constData(), message.size()), engine);
                QVERIFY2(ours == theirs.toStdString(),
                         qPrintable(QString("%1, length %2").arg(name).arg(length)));
            }
            message.append(char(length * 7 + 3));
        }
    }

    // Real files (the Wine reference .reg files and a real hive) against coreutils' sha256sum.
    void realFilesAgainstSha256sum() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files = {QString(test::kFixturesDir) + "/wine-reg-export-win10.reg",
                             QString(test::kFixturesDir) + "/wine-reg-export-nt4.reg"};
        files << QString::fromStdString(test::unpackHive("win7-sp1-x86.SYSTEM", dir.path()).string());
        for (const QString& file : files) {
            const test::ProcessResult sum = test::run("sha256sum", {file});
            QCOMPARE(sum.exitCode, 0);
            const Expected<std::vector<std::uint8_t>, Error> bytes = readWholeFile(file.toStdString());
            QVERIFY(bytes.has_value());
            for (const auto& [engine, name] : kEngines)
                QVERIFY2(QString::fromStdString(sha256Hex(*bytes, engine)) ==
                             QString::fromLatin1(sum.out.left(64)),
                         qPrintable(file + ", " + name));
        }
    }
};

QTEST_APPLESS_MAIN(TestSha256)
#include "tst_sha256.moc"
