package be.dagpuzzel.roster.view;

import java.util.function.Consumer;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;

import be.dagpuzzel.ui.Messages;

/**
 * One place on a slot card: shows who fills it (or that it is open) and its warnings, takes a
 * person dropped on it, can be dragged to another place, and answers the keyboard: typing opens
 * the name chooser, Delete clears it.
 */
final class SeatNode extends Label {

    static final String PERSON = "dagpuzzel-person:";
    static final String SEAT = "dagpuzzel-seat:";
    private static final PseudoClass HARD = PseudoClass.getPseudoClass("hard");
    private static final PseudoClass SOFT = PseudoClass.getPseudoClass("soft");
    private static final PseudoClass OPEN = PseudoClass.getPseudoClass("open");
    private static final PseudoClass BY_HAND = PseudoClass.getPseudoClass("by-hand");

    /** What a place asks of the board. */
    interface Actions {
        void assign(SeatRef seat, long staffId);

        void move(SeatRef from, SeatRef to);

        void clear(SeatRef seat);

        void choose(SeatNode node, String typed);
    }

    private final BoardModels.SeatLine seat;

    SeatNode(BoardModels.SeatLine seat, Messages messages, Actions actions, Consumer<SeatRef> onFocus) {
        this.seat = seat;
        setId("seat-" + seat.ref().slotId() + "-" + seat.ref().position());
        getStyleClass().add("seat");
        setFocusTraversable(true);
        setText(seat.filled() ? seat.name() : messages.get("roster.seat.open"));
        pseudoClassStateChanged(OPEN, !seat.filled());
        pseudoClassStateChanged(BY_HAND, seat.byHand());
        pseudoClassStateChanged(HARD, seat.hardProblem());
        pseudoClassStateChanged(SOFT, !seat.hardProblem() && !seat.problems().isEmpty());
        if (!seat.problems().isEmpty()) {
            setText((seat.hardProblem() ? "⚠ " : "• ") + getText());
            setTooltip(new Tooltip(String.join("\n", seat.problems())));
        }
        setAccessibleText(getText() + (seat.problems().isEmpty() ? "" : ". " + String.join(". ", seat.problems())));

        setOnMouseClicked(e -> requestFocus());
        focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                onFocus.accept(seat.ref());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                actions.clear(seat.ref());
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                actions.choose(this, "");
                e.consume();
            }
        });
        setOnKeyTyped(e -> {
            String ch = e.getCharacter();
            if (!e.isControlDown() && !e.isAltDown() && !e.isMetaDown() && ch.length() == 1
                    && Character.isLetter(ch.charAt(0))) {
                actions.choose(this, ch);
                e.consume();
            }
        });
        setOnDragDetected(e -> {
            if (seat.filled()) {
                ClipboardContent content = new ClipboardContent();
                content.putString(SEAT + seat.ref().slotId() + "#" + seat.ref().position());
                startDragAndDrop(TransferMode.MOVE).setContent(content);
                e.consume();
            }
        });
        setOnDragOver(e -> {
            if (e.getDragboard().hasString() && (e.getDragboard().getString().startsWith(PERSON)
                    || e.getDragboard().getString().startsWith(SEAT))) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            String data = e.getDragboard().getString();
            boolean done = false;
            if (data != null && data.startsWith(PERSON)) {
                actions.assign(seat.ref(), Long.parseLong(data.substring(PERSON.length())));
                done = true;
            } else if (data != null && data.startsWith(SEAT)) {
                String[] parts = data.substring(SEAT.length()).split("#");
                actions.move(new SeatRef(Long.parseLong(parts[0]), Integer.parseInt(parts[1])), seat.ref());
                done = true;
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    SeatRef ref() {
        return seat.ref();
    }
}
