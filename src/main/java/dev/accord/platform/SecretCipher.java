package dev.accord.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets that must be read back (an authenticator app's seed) with AES-256-GCM, a random
 * IV per value. The key is {@code accord.security.encryption-key} (base64 of 32 bytes); without it,
 * a key is generated once into {@code accord.security.encryption-key-file} (owner-only) and a
 * warning says so. The key is read on first use, so an application that stores no secret writes none.
 */
@Component
public class SecretCipher {

	private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);

	private static final String VERSION = "v1:";

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String configuredKey;

	private final Path keyFile;

	private volatile SecretKey key;

	SecretCipher(@Value("${accord.security.encryption-key:}") String configuredKey,
			@Value("${accord.security.encryption-key-file:data/encryption-key}") Path keyFile) {
		this.configuredKey = configuredKey.strip();
		this.keyFile = keyFile;
	}

	/** The value encrypted, as text to store: a version, then base64 of IV and ciphertext. */
	public String encrypt(byte[] plain) {
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(plain);
			return VERSION + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is required by every Java platform", ex);
		}
	}

	/** The value {@link #encrypt} stored; a value changed or encrypted with another key is refused. */
	public byte[] decrypt(String stored) {
		if (stored == null || !stored.startsWith(VERSION)) {
			throw new IllegalArgumentException("not an encrypted value");
		}
		byte[] all = Base64.getDecoder().decode(stored.substring(VERSION.length()));
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
			return cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The value cannot be decrypted with this encryption key", ex);
		}
	}

	private SecretKey key() {
		SecretKey current = this.key;
		if (current == null) {
			synchronized (this) {
				if (this.key == null) {
					this.key = new SecretKeySpec(loadKey(), "AES");
				}
				current = this.key;
			}
		}
		return current;
	}

	private byte[] loadKey() {
		if (!this.configuredKey.isEmpty()) {
			return decoded(this.configuredKey, "accord.security.encryption-key");
		}
		try {
			if (!Files.exists(this.keyFile)) {
				generate();
			}
			return decoded(Files.readString(this.keyFile, StandardCharsets.US_ASCII).strip(), this.keyFile.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The encryption key file cannot be read: " + this.keyFile, ex);
		}
	}

	private void generate() throws IOException {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		Path parent = this.keyFile.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		try {
			Files.createFile(this.keyFile);
		}
		catch (FileAlreadyExistsException ex) {
			// Another instance wrote it first: use theirs.
			return;
		}
		try {
			Files.setPosixFilePermissions(this.keyFile, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			this.keyFile.toFile().setReadable(false, false);
			this.keyFile.toFile().setReadable(true, true);
		}
		Files.writeString(this.keyFile, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
		log.warn("accord.security.encryption-key is not set: a key was generated into {}. Set the property "
				+ "(base64 of 32 bytes) in production and keep it safe: secrets stored with it cannot be read without it.",
				this.keyFile.toAbsolutePath());
	}

	private static byte[] decoded(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " is not base64", ex);
		}
		if (bytes.length != 32) {
			throw new IllegalStateException(source + " must be base64 of 32 bytes (AES-256), not " + bytes.length);
		}
		return bytes;
	}

}
