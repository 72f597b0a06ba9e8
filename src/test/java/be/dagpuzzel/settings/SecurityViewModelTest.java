package be.dagpuzzel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

/** The Security page's checks before the app converts the store. */
class SecurityViewModelTest {

    /** The app's side, remembered instead of done. */
    private static final class FakeProtection implements StoreProtection {
        String password;
        final List<Optional<String>> changes = new ArrayList<>();
        List<Path> plainCopies = List.of(Path.of("backups/dagpuzzel-20261120-080000.zip"),
                Path.of("dagpuzzel-schema-v5-20261101-080000.mv.db"));

        FakeProtection(String password) {
            this.password = password;
        }

        @Override
        public boolean encrypted() {
            return password != null;
        }

        @Override
        public boolean isCurrentPassword(String typed) {
            return password != null && password.equals(typed);
        }

        @Override
        public void change(Optional<String> newPassword) {
            changes.add(newPassword);
        }

        @Override
        public List<Path> unencryptedCopies() {
            return plainCopies;
        }

        @Override
        public int removeUnencryptedCopies() {
            int n = plainCopies.size();
            plainCopies = List.of();
            return n;
        }
    }

    private final Messages english = new Messages(Locale.ENGLISH);

    private SecurityViewModel model(FakeProtection protection) {
        SecurityViewModel model = new SecurityViewModel(new SameThreadTaskRunner(), english, protection);
        model.load();
        return model;
    }

    @Test
    void turningOnNeedsTheSamePasswordTwiceLongEnoughAndTheTick() {
        FakeProtection protection = new FakeProtection(null);
        SecurityViewModel model = model(protection);
        assertFalse(model.encryptedProperty().get());

        model.turnOn();
        assertEquals(Map.of(SecurityViewModel.FIELD_NEW, "Type a new password.",
                SecurityViewModel.FIELD_UNDERSTOOD, "Tick this to confirm that you keep the password safe."), model.errors());

        model.newPasswordProperty().set("linde26");
        model.repeatProperty().set("linde26");
        model.understoodProperty().set(true);
        model.turnOn();
        assertEquals(Map.of(SecurityViewModel.FIELD_NEW, "Use at least 8 characters."), model.errors());

        model.newPasswordProperty().set("zonnebloem 2026");
        model.repeatProperty().set("zonnebloem 2062");
        model.turnOn();
        assertEquals(Map.of(SecurityViewModel.FIELD_REPEAT, "The two passwords are not the same."), model.errors());
        assertTrue(protection.changes.isEmpty(), "nothing is handed on while a check fails");

        model.repeatProperty().set("zonnebloem 2026");
        model.turnOn();
        assertTrue(model.errors().isEmpty());
        assertEquals(List.of(Optional.of("zonnebloem 2026")), protection.changes);
        assertEquals("", model.newPasswordProperty().get(), "the typed passwords do not linger in the form");
        assertEquals("", model.repeatProperty().get());
        assertFalse(model.understoodProperty().get());
    }

    @Test
    void eightCharactersCountAsTheyLookAndOnlySpacesAreRefused() {
        FakeProtection protection = new FakeProtection(null);
        SecurityViewModel model = model(protection);
        model.understoodProperty().set(true);
        model.newPasswordProperty().set("        ");
        model.repeatProperty().set("        ");
        model.turnOn();
        assertEquals("A password of only spaces is too easy to guess.", model.errors().get(SecurityViewModel.FIELD_NEW));

        model.newPasswordProperty().set("één-twee");
        model.repeatProperty().set("één-twee");
        model.turnOn();
        assertEquals(List.of(Optional.of("één-twee")), protection.changes);
    }

    @Test
    void changingOrRemovingThePasswordNeedsTheCurrentOne() {
        FakeProtection protection = new FakeProtection("zonnebloem 2026");
        SecurityViewModel model = model(protection);
        assertTrue(model.encryptedProperty().get());

        model.newPasswordProperty().set("klaproos 2027");
        model.repeatProperty().set("klaproos 2027");
        model.changePassword();
        assertEquals(Map.of(SecurityViewModel.FIELD_CURRENT, "Type the current password."), model.errors());
        model.currentProperty().set("zonnebloem");
        model.changePassword();
        assertEquals(Map.of(SecurityViewModel.FIELD_CURRENT, "This is not the current password."), model.errors());
        model.turnOff();
        assertEquals(Map.of(SecurityViewModel.FIELD_CURRENT, "This is not the current password."), model.errors());

        model.currentProperty().set("zonnebloem 2026");
        model.newPasswordProperty().set("zonnebloem 2026");
        model.repeatProperty().set("zonnebloem 2026");
        model.changePassword();
        assertEquals(Map.of(SecurityViewModel.FIELD_NEW, "The new password is the same as the current one."), model.errors());

        model.newPasswordProperty().set("klaproos 2027");
        model.repeatProperty().set("klaproos 2027");
        model.changePassword();
        assertEquals(List.of(Optional.of("klaproos 2027")), protection.changes);

        model.currentProperty().set("zonnebloem 2026");
        model.turnOff();
        assertEquals(List.of(Optional.of("klaproos 2027"), Optional.empty()), protection.changes);
    }

    @Test
    void theUnencryptedCopiesAreCountedAndRemoved() {
        FakeProtection protection = new FakeProtection("zonnebloem 2026");
        SecurityViewModel model = model(protection);
        assertEquals(2, model.unencryptedCopiesProperty().get());
        assertEquals("2 older copies in the data folder are not encrypted (made before the password was set): anyone"
                + " with access to this computer can read them. Backups on USB sticks are not counted.",
                english.format("security.copies", 2));
        model.removeUnencryptedCopies();
        assertEquals(0, model.unencryptedCopiesProperty().get());
        assertEquals("2 copies were removed.", model.noticeProperty().get());
        assertEquals(0, model(new FakeProtection(null)).unencryptedCopiesProperty().get(), "not counted without a password");
    }

    @Test
    void theMessagesAreInDutchToo() {
        SecurityViewModel model = new SecurityViewModel(new SameThreadTaskRunner(),
                new Messages(Locale.forLanguageTag("nl-BE")), new FakeProtection(null));
        model.load();
        model.newPasswordProperty().set("kort");
        model.turnOn();
        assertEquals("Gebruik minstens 8 tekens.", model.errors().get(SecurityViewModel.FIELD_NEW));
        assertEquals("Vink dit aan om te bevestigen dat u het wachtwoord veilig bewaart.",
                model.errors().get(SecurityViewModel.FIELD_UNDERSTOOD));
    }
}
