#pragma once
// Technical details (registry key, raw value, error details) kept off the main path behind a button.

#include <QWidget>

class QLabel;
class QPushButton;

namespace heapfix {

class DetailsSection : public QWidget {
    Q_OBJECT
public:
    explicit DetailsSection(QWidget* parent = nullptr);
    // The details; the section hides itself when there are none.
    void setDetails(const QString& text);
    QPushButton* toggle() const { return toggle_; }
    bool isOpen() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QPushButton* toggle_;
    QLabel* details_;
};

} // namespace heapfix
