#pragma once
// Where heapfix put something the user may need again (a backup, the boot repair's copies, a diagnostic
// report): its path, selectable, with "Open folder" and "Copy path", and what became of either (a desktop
// without a file manager opens nothing: that is said, with the path to go to by hand).

#include "StatusLine.h"

#include <QWidget>

#include <filesystem>

class QLabel;
class QPushButton;

namespace heapfix {

class SavedPath : public QWidget {
    Q_OBJECT
public:
    // `objectPrefix` names the children for tests: <prefix>Path, <prefix>Open, <prefix>Copy, <prefix>Said.
    explicit SavedPath(const QString& objectPrefix, QWidget* parent = nullptr);
    // "Backup file: %1"-style caption; an empty path hides the whole line. The folder opened is the path's
    // own when it is a folder, else the one that holds it.
    void setPath(const QString& caption, const std::filesystem::path& path);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void openFolder();
    void copyPath();

    QLabel* path_;
    QPushButton* open_;
    QPushButton* copy_;
    StatusLine* said_;
    std::filesystem::path saved_;
};

} // namespace heapfix
