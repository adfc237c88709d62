#pragma once
// Texts to copy into another program (the "do it myself" steps): each a label, the text read-only and a Copy
// button, and below them which one was copied, so that a click is seen to do something.

#include "StatusLine.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace heapfix {

class CopyFields : public QWidget {
    Q_OBJECT
public:
    explicit CopyFields(QWidget* parent = nullptr);
    // Adds a row; its line edit is <objectName>, its button <objectName>Copy.
    int addRow(const QString& objectName);
    // `label` with its accelerator ("&Key:"), `name` for screen readers and the copied note ("the key").
    void setRow(int row, const QString& label, const QString& name, const QString& text);
    void setCopyText(const QString& text); // the buttons' text
    QString text(int row) const;

private:
    void copy(int row);

    QGridLayout* grid_;
    QList<QLabel*> labels_;
    QList<QLineEdit*> edits_;
    QList<QPushButton*> buttons_;
    QStringList names_;
    StatusLine* copied_;
};

} // namespace heapfix
