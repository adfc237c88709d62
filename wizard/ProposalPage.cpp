#include "ProposalPage.h"

#include "ModelText.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QVBoxLayout>

namespace heapfix {
namespace {

const NumberAdvice& numberOf(const Recommendation& advice, int index) {
    return index == 0 ? advice.system : index == 1 ? advice.interactive : advice.nonInteractive;
}

QLabel* cell(QGridLayout* grid, int row, int column, const QString& name = {}) {
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(column == 3);
    if (row > 0)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The reasons fill the width the page has and wrap within it; the numbers line up on the right.
    const Qt::Alignment across = column == 3 ? Qt::Alignment() : column == 0 ? Qt::AlignLeft : Qt::AlignRight;
    grid->addWidget(label, row, column, Qt::AlignTop | across);
    return label;
}

QLabel* cellAt(QGridLayout* grid, int row, int column) {
    return qobject_cast<QLabel*>(grid->itemAtPosition(row, column)->widget());
}

} // namespace

ProposalPage::ProposalPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {}

void ProposalPage::build() {
    headline_ = new StatusLine(QStringLiteral("proposalHeadline"), this);
    nextSteps_ = paragraph(this, "nextSteps");
    advanced_ = new QCheckBox(this);
    customBox_ = new QGroupBox(this);
    errors_ = new StatusLine(QStringLiteral("validationErrors"), this);
    warnings_ = new StatusLine(QStringLiteral("validationWarnings"), this);
    sameAsNow_ = new StatusLine(QStringLiteral("sameAsNow"), this);
    advanced_->setObjectName("advancedView");
    customBox_->setObjectName("customBox");

    // The table: a name, now, recommended, and why; the reasons take the width the page has.
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    table_ = new QGridLayout(frame);
    table_->setHorizontalSpacing(18);
    table_->setVerticalSpacing(10);
    table_->setColumnStretch(3, 1);
    for (int column = 0; column < 4; ++column) {
        QLabel* header = cell(table_, 0, column);
        QFont bold = header->font();
        bold.setBold(true);
        header->setFont(bold);
    }
    for (int i = 0; i < 3; ++i) {
        cell(table_, i + 1, 0);
        cell(table_, i + 1, 1, QStringLiteral("current%1").arg(i));
        cell(table_, i + 1, 2, QStringLiteral("recommended%1").arg(i));
        cell(table_, i + 1, 3, QStringLiteral("reason%1").arg(i));
    }

    auto* customGrid = new QGridLayout(customBox_);
    for (int i = 0; i < 3; ++i) {
        customLabels_ << new QLabel(customBox_);
        custom_ << new QLineEdit(customBox_);
        custom_[i]->setObjectName(QStringLiteral("custom%1").arg(i));
        custom_[i]->setMaxLength(9);
        customLabels_[i]->setBuddy(custom_[i]);
        customGrid->addWidget(customLabels_[i], 0, i);
        customGrid->addWidget(custom_[i], 1, i);
        connect(custom_[i], &QLineEdit::textChanged, this, &ProposalPage::customChanged);
    }
    customBox_->setVisible(false);
    connect(advanced_, &QCheckBox::toggled, this, [this](bool on) {
        customBox_->setVisible(on);
        customChanged();
    });

    QVBoxLayout* layout = contentLayout();
    layout->addWidget(headline_);
    layout->addWidget(frame);
    layout->addWidget(nextSteps_);
    layout->addSpacing(6);
    layout->addWidget(advanced_);
    layout->addWidget(customBox_);
    layout->addWidget(errors_);
    layout->addWidget(warnings_);
    layout->addWidget(sameAsNow_);
}

void ProposalPage::initializePage() {
    ensureBuilt();
    HeapPass* pass = session().heap();
    const Recommendation* advice = pass ? pass->recommendation() : nullptr;
    advanced_->setChecked(false);
    if (advice) {
        pass->choose(advice->recommended);
        for (int i = 0; i < 3; ++i) {
            const QSignalBlocker block(custom_[i]);
            const std::optional<std::uint32_t> number = numberOf(*advice, i).recommended;
            custom_[i]->setText(number ? QString::number(*number) : QString());
        }
    }
    retranslate();
    emit completeChanged();
}

// The numbers typed: each must be digits (the services' one may stay empty: not set); the policy checks the
// rest. What is no number is said at once, never quoted as the number that was there before.
void ProposalPage::customChanged() {
    HeapPass* pass = session().heap();
    const Recommendation* advice = pass ? pass->recommendation() : nullptr;
    if (!advice)
        return;
    typingErrors_.clear();
    if (!advanced_->isChecked()) {
        pass->choose(advice->recommended);
    } else {
        std::optional<std::uint32_t> numbers[3];
        for (int i = 0; i < 3; ++i) {
            const QString text = custom_[i]->text().trimmed();
            bool ok = false;
            const qulonglong value = text.toULongLong(&ok);
            if (text.isEmpty() && i < 2)
                typingErrors_ << tr("%1: type a number.").arg(ModelText::numberName(i));
            else if (!text.isEmpty() && !ok)
                typingErrors_ << tr("%1: \"%2\" is not a number. Type digits only, the size in KB.")
                                     .arg(ModelText::numberName(i), text);
            else if (!text.isEmpty())
                numbers[i] = static_cast<std::uint32_t>(std::min<qulonglong>(value, 0xFFFFFFFFu));
        }
        if (typingErrors_.isEmpty())
            pass->choose({*numbers[0], *numbers[1], numbers[2]});
    }
    retranslate();
    emit completeChanged();
}

void ProposalPage::showValidation() {
    QStringList errors = typingErrors_;
    QStringList warnings;
    const HeapPass* pass = session().heap();
    if (pass && advanced_->isChecked() && typingErrors_.isEmpty())
        for (const ValidationIssue& issue : pass->validateChosen())
            (issue.severity == Severity::Error ? errors : warnings) << ModelText::validation(issue);
    errors_->show(StatusKind::Error,
                  errors.isEmpty() ? QString() : tr("Please correct this first:") + "\n" + errors.join('\n'));
    warnings_->show(StatusKind::Warning, warnings.join('\n'));
    const bool same =
        pass && advanced_->isChecked() && errors.isEmpty() && pass->recommendation() && !pass->changeChosen();
    sameAsNow_->show(StatusKind::Info, same ? tr("These are the numbers you have now: nothing would change. "
                                                 "Click Finish to close heapfix, or type other numbers.")
                                            : QString());
    // Next, or Finish when nothing would change: QWizard shows the buttons of a final page.
    setFinalPage(nextId() == -1);
}

bool ProposalPage::isComplete() const {
    const HeapPass* pass = session().heap();
    return pass && pass->recommendation() && typingErrors_.isEmpty() &&
           !RecommendationPolicy::hasErrors(pass->validateChosen());
}

int ProposalPage::nextId() const {
    const HeapPass* pass = session().heap();
    return pass && pass->changeChosen() ? BackupPageId : -1;
}

void ProposalPage::fillTable(const Recommendation* advice) {
    const QString headers[4] = {QString(), tr("Now"), tr("Recommended"), tr("Why")};
    for (int column = 0; column < 4; ++column)
        cellAt(table_, 0, column)->setText(headers[column]);
    for (int i = 0; i < 3; ++i) {
        cellAt(table_, i + 1, 0)->setText(ModelText::numberName(i));
        if (!advice)
            continue;
        const NumberAdvice& number = numberOf(*advice, i);
        QLabel* recommended = cellAt(table_, i + 1, 2);
        cellAt(table_, i + 1, 1)->setText(ModelText::kilobytes(number.current));
        recommended->setText(ModelText::kilobytes(number.recommended));
        QFont font = recommended->font();
        font.setBold(number.changed());
        recommended->setFont(font);
        recommended->setAccessibleName(
            tr("%1, recommended: %2").arg(ModelText::numberName(i), recommended->text()));
        cellAt(table_, i + 1, 3)->setText(ModelText::reason(*advice, i));
    }
}

void ProposalPage::retranslate() {
    setTitle(tr("Proposal"));
    setSubTitle(tr("Your numbers now and the numbers heapfix recommends, with the reason."));
    const HeapPass* pass = session().heap();
    const Recommendation* advice = pass ? pass->recommendation() : nullptr;
    fillTable(advice);
    const QString labels[3] = {tr("Windows &itself (KB):"), tr("&Programs (KB):"), tr("Ser&vices (KB):")};
    for (int i = 0; i < 3; ++i) {
        customLabels_[i]->setText(labels[i]);
        custom_[i]->setAccessibleName(ModelText::numberName(i));
    }
    custom_[2]->setPlaceholderText(tr("not set"));
    const bool change = advice && advice->changeNeeded();
    if (!advice)
        headline_->show(StatusKind::Error, tr("The setting could not be read, so there is no proposal."));
    else if (change && pass->diagnosis().desktopsRanOut) {
        // The event log says the desktops as a whole ran out (issue 13): raising makes it worse.
        QString text =
            tr("Windows' event log shows that the desktops as a whole ran out: raising a number would "
               "make it worse.");
        if (const auto& lowering = pass->diagnosis().lowering)
            text +=
                ' ' + tr("What fits: %1 instead of %2 (a smaller number for services), as your own numbers.")
                          .arg(toQString(formatSharedSection(lowering->proposed)),
                               toQString(formatSharedSection(lowering->current)));
        headline_->show(StatusKind::Warning, text);
    } else if (change)
        headline_->show(StatusKind::Info, tr("heapfix recommends larger desktop heaps. Click Next to make a "
                                             "backup; nothing is changed before that."));
    else
        headline_->show(StatusKind::Ok, tr("Nothing needs to change: your numbers are already at or above "
                                           "what Microsoft recommends for this Windows."));
    nextSteps_->setVisible(advice && !change);
    nextSteps_->setText(ModelText::otherCauses());
    advanced_->setText(tr("&Choose my own numbers (advanced)"));
    advanced_->setAccessibleName(advanced_->text().remove('&'));
    customBox_->setTitle(tr("Your own numbers, in KB (from 128 to 65536)"));
    showValidation();
}

} // namespace heapfix
