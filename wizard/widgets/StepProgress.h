#pragma once
// The steps of a change as they finish, one row each: an icon, the step's name and its outcome. Used by the
// Apply page (inspect, backup, write, verify, roll back) and the boot repair (backup, each store, verify);
// the pages only say what each row reads.

#include "StatusLine.h"

#include <QList>
#include <QString>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace heapfix {

class StepProgress : public QWidget {
    Q_OBJECT
public:
    struct Row {
        QString name;
        StatusKind kind = StatusKind::Busy;
        QString outcome; // "done", "failed", ...; empty: "waiting"
        bool visible = true;
    };

    // `objectPrefix` names the rows' labels for tests and screen readers: <prefix>Name0, <prefix>Outcome0,
    // ...
    StepProgress(const QString& objectPrefix, QWidget* parent = nullptr);
    void setRows(const QList<Row>& rows);
    int rowCount() const { return static_cast<int>(names_.size()); }
    QString outcome(int row) const;

private:
    QString prefix_;
    QGridLayout* grid_;
    QList<QLabel*> icons_;
    QList<QLabel*> names_;
    QList<QLabel*> outcomes_;
};

} // namespace heapfix
