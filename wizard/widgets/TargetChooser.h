#pragma once
// Which Windows installation heapfix works on, chosen on the welcome page instead of with command-line
// options: this computer (on Windows), a Windows folder (with Browse…) or the practice installation (one of
// the built-in samples, kept between starts, with "Start the practice over"). A line says what is open now,
// or precisely why nothing is; the choice itself folds away behind "Change…" while all is well.

#include "StatusLine.h"

#include "model/fix/Targets.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace heapfix {

class PathField;

class TargetChooser : public QWidget {
    Q_OBJECT
public:
    explicit TargetChooser(QWidget* parent = nullptr);
    // The line above the choice: what is open (kind Info or Ok) or why nothing is (Error, the choice opens).
    void showTarget(StatusKind kind, const QString& text, const TargetSpec& current);
    // The installation as chosen; its keepSampleIn is for the caller to set.
    TargetSpec spec() const;
    bool isOpen() const;

signals:
    void chosen();      // another installation was chosen: open spec()
    void startOver();   // "Start the practice over" for spec()'s sample
    void openChanged(); // the choice was folded or unfolded: the page's height changes

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setOpen(bool open);
    void kindChanged();
    void showDetailsOf(int kind);

    StatusLine* summary_;
    QPushButton* change_;
    QWidget* choice_;
    QLabel* kindLabel_;
    QComboBox* kind_;
    QStackedWidget* details_;
    PathField* folder_;
    QComboBox* sample_;
    QPushButton* startOver_;
};

} // namespace heapfix
