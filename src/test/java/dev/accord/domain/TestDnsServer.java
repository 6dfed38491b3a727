package dev.accord.domain;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

/**
 * A DNS server for tests on 127.0.0.1 (UDP and TCP, one port), answering TXT queries from a map
 * the test controls: a name with values answers them, a name with an empty list answers NOERROR
 * without records, an unknown name answers NXDOMAIN.
 */
final class TestDnsServer implements AutoCloseable {

	private final Map<String, List<String>> txt = new ConcurrentHashMap<>();

	private final DatagramSocket udp;

	private final ServerSocket tcp;

	private TestDnsServer(DatagramSocket udp, ServerSocket tcp) {
		this.udp = udp;
		this.tcp = tcp;
	}

	/**
	 * Binds UDP on a free port, then TCP on the same number. That TCP port may already be taken
	 * by another process (it is free for UDP only), so a few ports are tried.
	 */
	private static TestDnsServer bind() throws IOException {
		IOException last = null;
		for (int attempt = 0; attempt < 20; attempt++) {
			DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress());
			try {
				ServerSocket tcp = new ServerSocket(udp.getLocalPort(), 50, InetAddress.getLoopbackAddress());
				return new TestDnsServer(udp, tcp);
			}
			catch (IOException ex) {
				udp.close();
				last = ex;
			}
		}
		throw last;
	}

	static TestDnsServer start() throws IOException {
		TestDnsServer server = bind();
		Thread udp = new Thread(server::serveUdp, "test-dns-udp");
		udp.setDaemon(true);
		udp.start();
		Thread tcp = new Thread(server::serveTcp, "test-dns-tcp");
		tcp.setDaemon(true);
		tcp.start();
		return server;
	}

	String address() {
		return "127.0.0.1:" + this.udp.getLocalPort();
	}

	void publish(String name, String... values) {
		this.txt.put(name.toLowerCase(), List.of(values));
	}

	void remove(String name) {
		this.txt.remove(name.toLowerCase());
	}

	byte[] answer(byte[] query) throws IOException {
		Message request = new Message(query);
		Message response = new Message(request.getHeader().getID());
		response.getHeader().setFlag(Flags.QR);
		response.getHeader().setFlag(Flags.RA);
		Record question = request.getQuestion();
		response.addRecord(question, Section.QUESTION);
		String name = question.getName().toString(true).toLowerCase();
		List<String> values = this.txt.get(name);
		if (values == null) {
			response.getHeader().setRcode(Rcode.NXDOMAIN);
		}
		else if (question.getType() == Type.TXT) {
			for (String value : values) {
				response.addRecord(new TXTRecord(Name.fromString(name, Name.root), DClass.IN, 60, value), Section.ANSWER);
			}
		}
		return response.toWire();
	}

	private void serveUdp() {
		byte[] buffer = new byte[4096];
		while (!this.udp.isClosed()) {
			try {
				DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
				this.udp.receive(packet);
				byte[] query = java.util.Arrays.copyOf(packet.getData(), packet.getLength());
				byte[] reply = answer(query);
				this.udp.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
			}
			catch (IOException ex) {
				// closed, or a malformed query: go on
			}
		}
	}

	private void serveTcp() {
		while (!this.tcp.isClosed()) {
			try (Socket socket = this.tcp.accept()) {
				DataInputStream in = new DataInputStream(socket.getInputStream());
				byte[] query = new byte[in.readUnsignedShort()];
				in.readFully(query);
				byte[] reply = answer(query);
				DataOutputStream out = new DataOutputStream(socket.getOutputStream());
				out.writeShort(reply.length);
				out.write(reply);
				out.flush();
			}
			catch (IOException ex) {
				// closed: go on
			}
		}
	}

	@Override
	public void close() throws IOException {
		this.udp.close();
		this.tcp.close();
	}

}
