package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;

import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;

import be.dagpuzzel.store.StoreEncryption;
import be.dagpuzzel.store.StoreOpener;
import be.dagpuzzel.store.StorePassword;
import be.dagpuzzel.testing.AppUiTest;

/** The store's password in the real app: set in Settings, asked at start, and a backup made under an older one. */
class EncryptionScreenTest extends AppUiTest {

    private static final String PASSWORD = "zonnebloem 2026";
    private static final String CENTRE = "Dagcentrum Het Anker";

    /** A store with a centre, made without the window (the demo centre takes long on a busy machine). */
    private void storeWithCentre() {
        var services = be.dagpuzzel.testing.TestStore.open(dataDir);
        services.centres().create(new be.dagpuzzel.settings.CentreDetails(CENTRE, be.dagpuzzel.core.Address.EMPTY,
                Optional.empty()));
        services.store().close();
    }

    private void startWithCentre() throws Exception {
        startApp();
        waitUntil(() -> exists("#centreName") && CENTRE.equals(text("#centreName")));
    }

    @Test
    void aPasswordSetInSettingsIsAskedAtTheNextStartAndAWrongOneIsAskedAgain() throws Exception {
        storeWithCentre();
        startWithCentre();
        openSecurityPage();
        assertEquals("The data is not protected by a password.", text("#securityState"));
        robot.clickOn("#newPassword").write(PASSWORD);
        robot.clickOn("#repeatPassword").write("zonnebloem 2062");
        robot.clickOn("#turnOn");
        waitUntil(() -> "The two passwords are not the same.".equals(text("#repeatPassword-error")));
        assertEquals("Tick this to confirm that you keep the password safe.", text("#understood-error"));
        assertFalse(StoreEncryption.isEncrypted(dataDir));

        robot.doubleClickOn("#repeatPassword").push(KeyCode.CONTROL, KeyCode.A).write(PASSWORD);
        robot.clickOn("#understood");
        robot.clickOn("#turnOn");
        waitUntil(() -> status().startsWith("The data is now protected by a password."));
        waitUntil(() -> exists("#securityState") && text("#securityState").startsWith("The data is protected by a password"));
        assertTrue(StoreEncryption.isEncrypted(dataDir));
        assertEquals(CENTRE, text("#centreName"));
        waitUntil(() -> visible("#copiesBox"));
        assertTrue(text("#unencryptedCopies").endsWith("can read them. Backups on USB sticks are not counted."),
                "the backups from before are not encrypted: " + text("#unencryptedCopies"));
        stopApp();

        startApp();
        waitUntil(() -> exists("#passwordPrompt"));
        assertEquals("The data is protected by a password", text("#passwordPrompt .section-title"));
        robot.clickOn("#storePassword").write("zonnebloem").push(KeyCode.ENTER);
        waitUntil(() -> "This password does not open the data. Check Caps Lock and try again.".equals(text("#passwordMessage")));
        assertEquals("", robot.lookup("#storePassword").queryAs(PasswordField.class).getText(), "ready for the next try");
        assertFalse(robot.lookup("#unlock").queryAs(Button.class).isDisabled());

        robot.write(PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> exists("#centreName") && CENTRE.equals(text("#centreName")));
    }

    @Test
    void aBackupMadeUnderAnOlderPasswordAsksForItAndComesBackUnderTheCurrentOne() throws Exception {
        // the store with the demo centre under an old password, then today's backup, then a new password
        storeWithCentre();
        startWithCentre(); // takes today's backup: not encrypted
        stopApp();
        var store = new StoreOpener().open(dataDir);
        StoreEncryption.convert(store, new be.dagpuzzel.store.Backups(dataDir, FRIDAY_MORNING),
                Optional.of(StorePassword.of("oud wachtwoord")));
        store = new StoreOpener().open(dataDir, Optional.of(StorePassword.of("oud wachtwoord")));
        new be.dagpuzzel.store.Backups(dataDir, java.time.Clock.offset(FRIDAY_MORNING, java.time.Duration.ofHours(1)))
                .backupTo(store, dataDir.resolve("backups"));
        StoreEncryption.convert(store, new be.dagpuzzel.store.Backups(dataDir,
                java.time.Clock.offset(FRIDAY_MORNING, java.time.Duration.ofHours(2))), Optional.of(StorePassword.of(PASSWORD)));

        startApp();
        waitUntil(() -> exists("#passwordPrompt"));
        robot.clickOn("#storePassword").write(PASSWORD).push(KeyCode.ENTER);
        waitUntil(() -> exists("#centreName") && CENTRE.equals(text("#centreName")));

        robot.clickOn("File").clickOn("Restore a backup…");
        waitUntil(() -> exists("#backupList"));
        // the newest is the one taken before the password was changed: made under the old password
        waitUntil(() -> text("#backupContents") != null && text("#backupContents").startsWith("This backup was made with another password"));
        Button restore = robot.lookup("Restore").queryAs(Button.class);
        assertTrue(restore.isDisabled(), "not without that backup's password");
        robot.clickOn("#backupPassword").write("verkeerd").push(KeyCode.ENTER);
        waitUntil(() -> "That password does not open this backup.".equals(text("#backupContents")));
        robot.write("oud wachtwoord").push(KeyCode.ENTER);
        waitUntil(() -> text("#backupContents").startsWith("Holds "));
        assertFalse(restore.isDisabled());
        robot.clickOn(restore);
        waitUntil(() -> status().startsWith("The data from") && CENTRE.equals(text("#centreName")));
        stopApp();
        // still the current password (on a loaded machine the stopped app may free the folder a moment later)
        for (int attempt = 0; ; attempt++) {
            try {
                new StoreOpener().open(dataDir, Optional.of(StorePassword.of(PASSWORD))).close();
                break;
            } catch (be.dagpuzzel.store.StoreInUseException stillClosing) {
                if (attempt == 40) {
                    throw stillClosing;
                }
                Thread.sleep(250);
            }
        }
    }

    private void openSecurityPage() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil(() -> exists("#page-security"));
        robot.clickOn("#page-security");
        waitUntil(() -> exists("#securityState"));
    }

    private String status() {
        return robot.lookup("#statusBar").tryQuery().map(bar -> ((StatusBar) bar).getText()).orElse("");
    }
}
