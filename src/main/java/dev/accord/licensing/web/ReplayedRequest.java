package dev.accord.licensing.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body was read already (all of it, or its first bytes), to be read again further
 * down the filter chain: the bytes read, then whatever the client still sends.
 */
final class ReplayedRequest extends HttpServletRequestWrapper {

	private final byte[] start;

	ReplayedRequest(HttpServletRequest request, byte[] start) {
		super(request);
		this.start = start;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		InputStream in = new SequenceInputStream(new ByteArrayInputStream(this.start), super.getInputStream());
		return new ServletInputStream() {

			@Override
			public int read() throws IOException {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return false;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("the body is already in memory");
			}

		};
	}

	@Override
	public BufferedReader getReader() throws IOException {
		return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
	}

}
