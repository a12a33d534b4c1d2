package se.lofte.site;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.util.NetMaskSet;

/**
 * The proxies whose forwarded headers Löfte believes ({@code lofte.trusted-proxies}): IP addresses and
 * CIDR ranges, separated by commas or spaces, such as {@code 127.0.0.1, ::1, 10.0.4.0/24}. Host names
 * and patterns are refused at start, since a name would be looked up in DNS and a pattern is easy to get
 * wrong; an empty list trusts nobody.
 */
final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern BITS = Pattern.compile("\\d{1,3}");

    private final String ranges;
    private final NetMaskSet set;

    private TrustedProxies(List<String> ranges) {
        this.ranges = String.join(", ", ranges);
        this.set = ranges.isEmpty() ? null : NetMaskSet.parse(this.ranges);
    }

    static TrustedProxies parse(String configured) {
        List<String> ranges = new ArrayList<>();
        for (String entry : configured == null ? new String[0] : configured.strip().split("[\\s,]+")) {
            if (!entry.isEmpty()) {
                ranges.add(range(entry));
            }
        }
        return new TrustedProxies(ranges);
    }

    /** The list in CIDR form, every entry with its mask ({@code 127.0.0.1/32}); empty when nobody is trusted. */
    String ranges() {
        return ranges;
    }

    boolean isEmpty() {
        return set == null;
    }

    /** Whether a connection from this address (an IP literal, as the server reports it) comes from a trusted proxy. */
    boolean contains(String address) {
        try {
            return set != null && set.contains(address);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress parsed = literal(address, entry);
        int width = parsed instanceof Inet4Address ? 32 : 128;
        int bits = width;
        if (slash >= 0) {
            String mask = entry.substring(slash + 1);
            bits = BITS.matcher(mask).matches() ? Integer.parseInt(mask) : -1;
            if (bits < 0 || bits > width) {
                throw invalid(entry, "the mask after / must be a number of bits from 0 to " + width);
            }
        }
        return parsed.getHostAddress() + "/" + bits;
    }

    private static InetAddress literal(String address, String entry) {
        // Only literals: a text with a colon is parsed as IPv6 and a dotted quad as IPv4, never looked up.
        if (!IPV4.matcher(address).matches() && !address.contains(":")) {
            throw invalid(entry, "write an IP address or a range such as 10.0.0.0/8, not a host name or pattern");
        }
        try {
            return InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw invalid(entry, "not an IP address");
        }
    }

    private static IllegalArgumentException invalid(String entry, String why) {
        return new IllegalArgumentException("lofte.trusted-proxies: '" + entry + "': " + why);
    }
}
