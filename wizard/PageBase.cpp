#include "PageBase.h"

#include "HeapfixWizard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace heapfix {
namespace {

constexpr std::size_t kStatusKinds = 5;

const char* statusIconFile(StatusKind kind) {
    switch (kind) {
    case StatusKind::Ok:
        return ":/icons/ok.svg";
    case StatusKind::Warning:
        return ":/icons/warning.svg";
    case StatusKind::Error:
        return ":/icons/error.svg";
    case StatusKind::Busy:
        return ":/icons/busy.svg";
    case StatusKind::Info:
        break;
    }
    return ":/icons/info.svg";
}

// Emptied when the application ends (qAddPostRoutine), so that no icon outlives the icon engine's plugin.
std::array<QIcon, kStatusKinds>& statusIcons() {
    static std::array<QIcon, kStatusKinds> icons;
    return icons;
}

void forgetStatusIcons() {
    statusIcons().fill(QIcon());
}

} // namespace

// A QIcon made from a file parses the SVG in its own engine and caches its pixmaps under that engine's key:
// a new QIcon per call parsed the file again for every status line (17 times before the first paint).
QIcon statusIcon(StatusKind kind) {
    const auto index = static_cast<std::size_t>(kind);
    if (index >= kStatusKinds)
        return statusIcon(StatusKind::Info);
    auto& icons = statusIcons();
    if (icons[index].isNull()) {
        if (std::all_of(icons.begin(), icons.end(), [](const QIcon& icon) { return icon.isNull(); }))
            qAddPostRoutine(forgetStatusIcons);
        icons[index] = QIcon(QString::fromLatin1(statusIconFile(kind)));
    }
    return icons[index];
}

// The status line's sentence is selectable, so QLabel lays it out with a whole QTextDocument, and it does so
// again for every heightForWidth() a layout pass asks for (about 45 times before the first paint): the
// answers are kept per width until the text, the font or the style changes.
class StatusText : public QLabel {
public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override {
        if (font() != font_ || logicalDpiY() != dpi_) {
            forget();
            font_ = font();
            dpi_ = logicalDpiY();
        }
        for (const auto& [knownWidth, height] : heights_)
            if (knownWidth == width)
                return height;
        const int height = QLabel::heightForWidth(width);
        heights_[next_++ % heights_.size()] = {width, height};
        return height;
    }

    void setStatusText(const QString& text) {
        if (text == this->text())
            return;
        forget();
        setText(text);
    }

protected:
    void changeEvent(QEvent* event) override {
        forget();
        QLabel::changeEvent(event);
    }

private:
    static constexpr int kUnknown = -2; // no width a layout asks for
    void forget() const { heights_.fill({kUnknown, 0}); }

    mutable std::array<std::pair<int, int>, 4> heights_ = {
        {{kUnknown, 0}, {kUnknown, 0}, {kUnknown, 0}, {kUnknown, 0}}};
    mutable std::size_t next_ = 0;
    mutable QFont font_;
    mutable int dpi_ = 0;
};

StatusLine::StatusLine(QWidget* parent)
    : QWidget(parent)
    , icon_(new QLabel(this))
    , label_(new StatusText(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon_, 0, Qt::AlignTop);
    layout->addWidget(label_, 1);
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    icon_->setObjectName("statusIcon");
    label_->setObjectName("statusText");
}

// Each change of the icon, the text or the visibility lays the page out again (and a shown QWidget activates
// its layout at once): only what changes is set. An empty line is hidden and needs no icon.
void StatusLine::show(StatusKind kind, const QString& text) {
    kind_ = kind;
    label_->setStatusText(text);
    label_->setAccessibleName(text);
    if (text.isEmpty()) {
        hide();
        return;
    }
    const int size = fontMetrics().height() * 3 / 2;
    const qreal ratio = devicePixelRatioF();
    if (kind != iconKind_ || size != iconSize_ || ratio != iconRatio_) {
        icon_->setPixmap(statusIcon(kind).pixmap(QSize(size, size), ratio));
        iconKind_ = kind;
        iconSize_ = size;
        iconRatio_ = ratio;
    }
    if (isHidden())
        setVisible(true);
}

QString StatusLine::text() const {
    return label_->text();
}

DetailsSection::DetailsSection(QWidget* parent)
    : QWidget(parent)
    , toggle_(new QPushButton(this))
    , details_(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    toggle_->setCheckable(true);
    toggle_->setAutoDefault(false);
    toggle_->setObjectName("showDetails");
    auto* row = new QHBoxLayout;
    row->addWidget(toggle_);
    row->addStretch();
    layout->addLayout(row);
    details_->setObjectName("detailsText");
    details_->setWordWrap(true);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    details_->setVisible(false);
    details_->setFrameShape(QFrame::StyledPanel);
    details_->setMargin(6);
    layout->addWidget(details_);
    connect(toggle_, &QPushButton::toggled, this, [this](bool open) {
        details_->setVisible(open);
        retranslate();
    });
    retranslate();
}

void DetailsSection::setDetails(const QString& text) {
    details_->setText(text);
}

bool DetailsSection::isOpen() const {
    return toggle_->isChecked();
}

void DetailsSection::retranslate() {
    toggle_->setText(isOpen() ? tr("Hide details") : tr("Show details"));
    toggle_->setAccessibleName(toggle_->text());
    details_->setAccessibleName(tr("Technical details"));
}

PageBase::PageBase(WizardSession& session, QWidget* parent)
    : PageBase(session, PageBuild::Eager, parent) {}

PageBase::PageBase(WizardSession& session, PageBuild when, QWidget* parent)
    : QWizardPage(parent)
    , session_(session)
    , built_(when == PageBuild::Eager) {}

void PageBase::ensureBuilt() {
    if (built_)
        return;
    built_ = true;
    build();
    retranslate();
}

void PageBase::setTitle(const QString& title) {
    if (title != QWizardPage::title())
        QWizardPage::setTitle(title);
}

void PageBase::setSubTitle(const QString& subTitle) {
    if (subTitle != QWizardPage::subTitle())
        QWizardPage::setSubTitle(subTitle);
}

HeapfixWizard* PageBase::heapfixWizard() const {
    return qobject_cast<HeapfixWizard*>(wizard());
}

void PageBase::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange && built_)
        retranslate();
    QWizardPage::changeEvent(event);
}

void PageBase::showEvent(QShowEvent* event) {
    // Built only now, the page's widgets would miss this show and the layout its size: see PageBuild.
    Q_ASSERT_X(built_, "PageBase::showEvent", "a Lazy page's initializePage() must call ensureBuilt() first");
    QWizardPage::showEvent(event);
}

QLabel* PageBase::paragraph(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace heapfix
