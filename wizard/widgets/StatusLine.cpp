#include "StatusLine.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

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

StatusLine::StatusLine(const QString& objectName, QWidget* parent)
    : QWidget(parent)
    , icon_(new QLabel(this))
    , label_(new StatusText(this)) {
    setObjectName(objectName);
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

} // namespace heapfix
