#include "StepProgress.h"

#include <QGridLayout>
#include <QLabel>

namespace heapfix {

StepProgress::StepProgress(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
    , prefix_(objectPrefix)
    , grid_(new QGridLayout(this)) {
    grid_->setContentsMargins(0, 0, 0, 0);
    grid_->setHorizontalSpacing(12);
    grid_->setColumnStretch(2, 1); // the outcomes right beside the step names
}

void StepProgress::setRows(const QList<Row>& rows) {
    while (names_.size() < rows.size()) {
        const int row = static_cast<int>(names_.size());
        icons_ << new QLabel(this);
        names_ << new QLabel(this);
        outcomes_ << new QLabel(this);
        names_.last()->setObjectName(prefix_ + QStringLiteral("Name%1").arg(row));
        outcomes_.last()->setObjectName(prefix_ + QStringLiteral("Outcome%1").arg(row));
        grid_->addWidget(icons_.last(), row, 0);
        grid_->addWidget(names_.last(), row, 1);
        grid_->addWidget(outcomes_.last(), row, 2);
    }
    const int size = fontMetrics().height();
    for (int i = 0; i < names_.size(); ++i) {
        const bool shown = i < rows.size() && rows[i].visible;
        for (QLabel* label : {icons_[i], names_[i], outcomes_[i]})
            label->setVisible(shown);
        if (!shown)
            continue;
        const Row& row = rows[i];
        const QString outcome = row.outcome.isEmpty() ? tr("waiting") : row.outcome;
        icons_[i]->setPixmap(statusIcon(row.kind).pixmap(QSize(size, size), devicePixelRatioF()));
        names_[i]->setText(row.name);
        outcomes_[i]->setText(outcome);
        names_[i]->setAccessibleName(tr("%1: %2").arg(row.name, outcome));
    }
}

QString StepProgress::outcome(int row) const {
    return row >= 0 && row < outcomes_.size() && !outcomes_[row]->isHidden() ? outcomes_[row]->text()
                                                                             : QString();
}

} // namespace heapfix
