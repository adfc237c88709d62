#pragma once
// A folder or file to name: a label above, the path to type or paste, and "Browse…" to choose it in a dialog.

#include <QWidget>

#include <filesystem>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace heapfix {

class PathField : public QWidget {
    Q_OBJECT
public:
    // `objectName` names the line edit; the button is <objectName>Browse.
    explicit PathField(const QString& objectName, QWidget* parent = nullptr);
    // `choose` opens the dialog from the current text and returns the path chosen ("" when cancelled).
    void setChooser(std::function<QString(const QString& start)> choose) { choose_ = std::move(choose); }
    void setTexts(const QString& label, const QString& name, const QString& placeholder);
    std::filesystem::path path() const;
    void setPath(const std::filesystem::path& path);

signals:
    void changed(); // typed, pasted or chosen

private:
    void browse();

    QLabel* label_;
    QLineEdit* edit_;
    QPushButton* browse_;
    std::function<QString(const QString&)> choose_;
};

} // namespace heapfix
