#include "ProposalPage.h"

#include "ModelText.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace heapfix {

ProposalPage::ProposalPage(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Lazy, parent) {}

void ProposalPage::build() {
    headline_ = new StatusLine(this);
    nextSteps_ = paragraph(this, "nextSteps");
    advanced_ = new QCheckBox(this);
    customBox_ = new QGroupBox(this);
    errors_ = new StatusLine(this);
    warnings_ = new StatusLine(this);
    sameAsNow_ = new StatusLine(this);
    headline_->setObjectName("proposalHeadline");
    errors_->setObjectName("validationErrors");
    warnings_->setObjectName("validationWarnings");
    sameAsNow_->setObjectName("sameAsNow");
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setColumnStretch(3, 1);
    for (int column = 0; column < 4; ++column) {
        header_[column] = new QLabel(this);
        QFont bold = header_[column]->font();
        bold.setBold(true);
        header_[column]->setFont(bold);
        grid->addWidget(header_[column], 0, column);
    }
    for (int i = 0; i < 3; ++i) {
        names_[i] = new QLabel(this);
        current_[i] = new QLabel(this);
        recommended_[i] = new QLabel(this);
        reasons_[i] = paragraph(this, QStringLiteral("reason%1").arg(i));
        current_[i]->setObjectName(QStringLiteral("current%1").arg(i));
        recommended_[i]->setObjectName(QStringLiteral("recommended%1").arg(i));
        grid->addWidget(names_[i], i + 1, 0, Qt::AlignTop);
        grid->addWidget(current_[i], i + 1, 1, Qt::AlignTop | Qt::AlignRight);
        grid->addWidget(recommended_[i], i + 1, 2, Qt::AlignTop | Qt::AlignRight);
        grid->addWidget(reasons_[i], i + 1, 3, Qt::AlignTop);
    }

    advanced_->setObjectName("advancedView");
    customBox_->setObjectName("customBox");
    auto* customGrid = new QGridLayout(customBox_);
    for (int i = 0; i < 3; ++i) {
        customLabels_[i] = new QLabel(customBox_);
        custom_[i] = new QSpinBox(customBox_);
        custom_[i]->setObjectName(QStringLiteral("custom%1").arg(i));
        custom_[i]->setRange(0, 1000000);
        customLabels_[i]->setBuddy(custom_[i]);
        customGrid->addWidget(customLabels_[i], 0, i);
        customGrid->addWidget(custom_[i], 1, i);
        connect(custom_[i], &QSpinBox::valueChanged, this, &ProposalPage::customChanged);
    }
    customBox_->setVisible(false);
    connect(advanced_, &QCheckBox::toggled, this, [this](bool on) {
        customBox_->setVisible(on);
        customChanged();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(headline_);
    layout->addLayout(grid);
    layout->addWidget(nextSteps_);
    layout->addStretch();
    layout->addWidget(advanced_);
    layout->addWidget(customBox_);
    layout->addWidget(errors_);
    layout->addWidget(warnings_);
    layout->addWidget(sameAsNow_);
}

std::optional<std::uint32_t> ProposalPage::adviceNumber(const Recommendation& advice, int index,
                                                        bool recommended) {
    const NumberAdvice& number = index == 0   ? advice.system
                                 : index == 1 ? advice.interactive
                                              : advice.nonInteractive;
    return recommended ? number.recommended : number.current;
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
            custom_[i]->setValue(static_cast<int>(adviceNumber(*advice, i, true).value_or(0)));
        }
    }
    retranslate();
    emit completeChanged();
}

void ProposalPage::customChanged() {
    HeapPass* pass = session().heap();
    const Recommendation* advice = pass ? pass->recommendation() : nullptr;
    if (!advice)
        return;
    if (advanced_->isChecked()) {
        const int third = custom_[2]->value();
        pass->choose({static_cast<std::uint32_t>(custom_[0]->value()),
                      static_cast<std::uint32_t>(custom_[1]->value()),
                      third == 0 ? std::nullopt : std::optional(static_cast<std::uint32_t>(third))});
    } else {
        pass->choose(advice->recommended);
    }
    showValidation();
    emit completeChanged();
}

void ProposalPage::showValidation() {
    QStringList errors;
    QStringList warnings;
    const HeapPass* pass = session().heap();
    if (pass && advanced_->isChecked()) {
        for (const ValidationIssue& issue : pass->validateChosen())
            (issue.severity == Severity::Error ? errors : warnings) << ModelText::validation(issue);
    }
    errors_->show(StatusKind::Error,
                  errors.isEmpty() ? QString() : tr("Please correct this first:") + "\n" + errors.join('\n'));
    warnings_->show(StatusKind::Warning, warnings.join('\n'));
    const bool same = pass && advanced_->isChecked() && pass->recommendation() && !pass->changeChosen();
    sameAsNow_->show(StatusKind::Info,
                     same ? tr("These are the numbers you have now: nothing would change.") : QString());
}

bool ProposalPage::isComplete() const {
    const HeapPass* pass = session().heap();
    return pass && pass->recommendation() && !RecommendationPolicy::hasErrors(pass->validateChosen());
}

int ProposalPage::nextId() const {
    const HeapPass* pass = session().heap();
    return pass && pass->changeChosen() ? BackupPageId : -1;
}

void ProposalPage::retranslate() {
    setTitle(tr("Proposal"));
    setSubTitle(tr("Your numbers now and the numbers heapfix recommends, with the reason."));
    const QString headers[4] = {QString(), tr("Now"), tr("Recommended"), tr("Why")};
    for (int column = 0; column < 4; ++column)
        header_[column]->setText(headers[column]);
    const HeapPass* pass = session().heap();
    const Recommendation* advice = pass ? pass->recommendation() : nullptr;
    for (int i = 0; i < 3; ++i) {
        names_[i]->setText(ModelText::numberName(i));
        customLabels_[i]->setText(ModelText::numberName(i) + ':');
        custom_[i]->setAccessibleName(ModelText::numberName(i));
        custom_[i]->setSuffix(tr(" KB"));
        if (!advice)
            continue;
        const NumberAdvice& number = i == 0   ? advice->system
                                     : i == 1 ? advice->interactive
                                              : advice->nonInteractive;
        current_[i]->setText(ModelText::kilobytes(number.current));
        recommended_[i]->setText(ModelText::kilobytes(number.recommended));
        QFont font = recommended_[i]->font();
        font.setBold(number.changed());
        recommended_[i]->setFont(font);
        reasons_[i]->setText(ModelText::reason(number));
        recommended_[i]->setAccessibleName(
            tr("%1, recommended: %2").arg(names_[i]->text(), recommended_[i]->text()));
    }
    custom_[2]->setSpecialValueText(tr("not set"));
    const bool change = advice && advice->changeNeeded();
    if (!advice)
        headline_->show(StatusKind::Error, tr("The setting could not be read, so there is no proposal."));
    else if (change)
        headline_->show(StatusKind::Info, tr("heapfix recommends larger desktop heaps. Click Next to make a "
                                             "backup; nothing is changed before that."));
    else
        headline_->show(StatusKind::Ok, tr("Nothing needs to change: your numbers are already at or above "
                                           "what Microsoft recommends for this Windows."));
    nextSteps_->setVisible(advice && !change);
    nextSteps_->setText(
        tr("If the problem is still there, the cause is probably something else:\n"
           "• a program that keeps creating windows or menus without freeing them (a leak): "
           "update or restart that program;\n"
           "• too little memory: close programs you do not need, or add memory to the computer;\n"
           "• otherwise, contact your helpdesk."));
    advanced_->setText(tr("&Choose my own numbers (advanced)"));
    advanced_->setAccessibleName(advanced_->text().remove('&'));
    customBox_->setTitle(tr("Your own numbers, in KB (from 128 to 65536)"));
    showValidation();
}

} // namespace heapfix
