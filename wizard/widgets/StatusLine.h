#pragma once
// An icon and a sentence side by side, for "The backup is made and checked." and the like; and the one icon
// per kind of status that every page shares.

#include <QIcon>
#include <QWidget>

#include <optional>

class QLabel;

namespace heapfix {

class StatusText;

enum class StatusKind { Ok, Warning, Error, Info, Busy };

// One icon per kind, made on first use and shared: its SVG is parsed once, its pixmaps are cached.
QIcon statusIcon(StatusKind kind);

class StatusLine : public QWidget {
    Q_OBJECT
public:
    explicit StatusLine(const QString& objectName, QWidget* parent = nullptr);
    // An empty text hides the line.
    void show(StatusKind kind, const QString& text);
    QString text() const;
    StatusKind kind() const { return kind_; }

private:
    QLabel* icon_;
    StatusText* label_;
    StatusKind kind_ = StatusKind::Info;
    // What icon_ shows: no icon yet (an empty line has none).
    std::optional<StatusKind> iconKind_;
    int iconSize_ = 0;
    qreal iconRatio_ = 0;
};

} // namespace heapfix
