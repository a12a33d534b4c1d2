package se.lofte.shared;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client that limits and lock-outs count: its IPv4 address, or the /64 network of its IPv6 address.
 * One IPv6 subscriber is given a whole /64 and can take a new address in it for every request, so
 * counting single IPv6 addresses would count nothing.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The client of a request's remote address (an IP literal, as the server reports it). */
    public static String of(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.contains(":")) {
            return String.valueOf(remoteAddress);
        }
        try {
            // A text with a colon is parsed as an IPv6 literal, never looked up in DNS.
            InetAddress address = InetAddress.getByName(remoteAddress);
            if (!(address instanceof Inet6Address)) {
                return address.getHostAddress();
            }
            byte[] network = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
