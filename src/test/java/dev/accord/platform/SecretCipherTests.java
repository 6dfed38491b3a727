package dev.accord.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-256-GCM with a random IV per value, and where its key comes from. */
@ExtendWith(OutputCaptureExtension.class)
class SecretCipherTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@TempDir
	Path dir;

	@Test
	void aValueComesBackAndIsEncryptedDifferentlyEachTime() {
		SecretCipher cipher = new SecretCipher(KEY, this.dir.resolve("unused"));
		byte[] secret = "twenty bytes secret!".getBytes(StandardCharsets.US_ASCII);

		String once = cipher.encrypt(secret);
		String twice = cipher.encrypt(secret);

		assertThat(once).startsWith("v1:").isNotEqualTo(twice);
		assertThat(cipher.decrypt(once)).isEqualTo(secret);
		assertThat(cipher.decrypt(twice)).isEqualTo(secret);
		assertThat(this.dir.resolve("unused")).doesNotExist();
	}

	@Test
	void aChangedValueOrAnotherKeyIsRefused() {
		SecretCipher cipher = new SecretCipher(KEY, this.dir.resolve("unused"));
		String stored = cipher.encrypt(new byte[20]);
		byte[] raw = Base64.getDecoder().decode(stored.substring(3));
		raw[raw.length - 1] ^= 1;

		assertThatThrownBy(() -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(raw)))
			.isInstanceOf(IllegalStateException.class);
		byte[] other = new byte[32];
		other[0] = 1;
		assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(other), this.dir).decrypt(stored))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> cipher.decrypt("plain")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aKeyOfTheWrongLengthIsRefused() {
		SecretCipher cipher = new SecretCipher(Base64.getEncoder().encodeToString(new byte[16]), this.dir);

		assertThatThrownBy(() -> cipher.encrypt(new byte[1])).hasMessageContaining("32 bytes");
	}

	@Test
	void withoutAKeyOneIsGeneratedOnceIntoAnOwnerOnlyFileWithAWarning(CapturedOutput output) throws Exception {
		Path file = this.dir.resolve("data/encryption-key");
		SecretCipher first = new SecretCipher("", file);

		String stored = first.encrypt(new byte[] { 1, 2, 3 });

		assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(output).contains("accord.security.encryption-key is not set").contains(file.toAbsolutePath().toString());
		String key = Files.readString(file);
		assertThat(new SecretCipher("", file).decrypt(stored)).containsExactly(1, 2, 3);
		assertThat(Files.readString(file)).isEqualTo(key);
	}

}
