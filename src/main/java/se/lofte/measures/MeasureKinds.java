package se.lofte.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.lofte.accounts.AuditEvent;
import se.lofte.accounts.AuditTrail;
import se.lofte.accounts.StaffMember;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.NotFound;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * The editable list of measure kinds, kept by system administrators. A kind's code never changes (indicators
 * refer to it); its names and place in the list do. A kind no measure uses can be deleted; one in use is
 * retired instead: no longer offered for new measures, still shown on the measures that have it.
 * Problems are on the fields {@code code}, {@code nameSv}, {@code nameEn}.
 */
@Service
public class MeasureKinds {

    private static final String NO_ROLE = "No role allows this change of measures";

    public static final int NAME_MAX = 100;
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int CODE_MAX = 50;
    private static final String AUDIT_SUBJECT = "measure_kind";

    private final Kinds kinds;
    private final AuditTrail auditTrail;

    MeasureKinds(Kinds kinds, AuditTrail auditTrail) {
        this.kinds = kinds;
        this.auditTrail = auditTrail;
    }

    public List<KindEntry> list(StaffMember admin) {
        requireAdmin(admin);
        return kinds.all();
    }

    public KindEntry find(String code, StaffMember admin) {
        requireAdmin(admin);
        return kinds.find(code).orElseThrow(() -> new NotFound("kind " + code));
    }

    /** Adds a kind at the end of the list, offered at once. */
    @Transactional
    public List<Problem> add(String code, String nameSv, String nameEn, StaffMember admin) {
        requireAdmin(admin);
        String c = Typed.text(code);
        List<Problem> problems = new ArrayList<>();
        if (c.isEmpty()) {
            problems.add(Problem.of("code", "measures.kinds.codeRequired"));
        } else if (c.length() > CODE_MAX || !CODE.matcher(c).matches()) {
            problems.add(Problem.of("code", "measures.kinds.codeForm", Integer.toString(CODE_MAX)));
        } else if (kinds.find(c).isPresent()) {
            problems.add(Problem.of("code", "measures.kinds.codeTaken", c));
        }
        problems.addAll(checkNames(nameSv, nameEn));
        if (!problems.isEmpty()) {
            return problems;
        }
        int order = kinds.all().stream().mapToInt(KindEntry::sortOrder).max().orElse(0) + 10;
        MeasureKind kind = new MeasureKind(c, nameSv.strip(), nameEn.strip());
        kinds.insert(kind, order);
        audit(c, "created", admin, null, new KindEntry(kind, order, true, false));
        return List.of();
    }

    /** Renames a kind, moves it in the list and offers or retires it. */
    @Transactional
    public List<Problem> update(String code, String nameSv, String nameEn, int sortOrder, boolean offered,
                                StaffMember admin) {
        requireAdmin(admin);
        KindEntry before = kinds.find(code).orElseThrow(() -> new NotFound("kind " + code));
        List<Problem> problems = checkNames(nameSv, nameEn);
        if (!problems.isEmpty()) {
            return problems;
        }
        MeasureKind kind = new MeasureKind(code, nameSv.strip(), nameEn.strip());
        kinds.update(kind, sortOrder, offered);
        audit(code, "updated", admin, before, new KindEntry(kind, sortOrder, offered, before.inUse()));
        return List.of();
    }

    /** Deletes a kind no measure uses; retires one in use. Returns true when it was deleted. */
    @Transactional
    public boolean remove(String code, StaffMember admin) {
        requireAdmin(admin);
        KindEntry before = kinds.find(code).orElseThrow(() -> new NotFound("kind " + code));
        if (before.inUse()) {
            kinds.update(before.kind(), before.sortOrder(), false);
            audit(code, "retired", admin, before, new KindEntry(before.kind(), before.sortOrder(), false, true));
            return false;
        }
        kinds.delete(code);
        audit(code, "deleted", admin, before, null);
        return true;
    }

    public boolean mayEdit(StaffMember member) {
        return member.systemAdmin();
    }

    private static List<Problem> checkNames(String nameSv, String nameEn) {
        List<Problem> problems = new ArrayList<>();
        checkName("nameSv", nameSv, problems);
        checkName("nameEn", nameEn, problems);
        return problems;
    }

    private static void checkName(String field, String name, List<Problem> problems) {
        String stripped = Typed.text(name);
        if (stripped.isEmpty()) {
            problems.add(Problem.of(field, "measures.kinds.nameRequired"));
        } else if (stripped.length() > NAME_MAX) {
            problems.add(Problem.of(field, "measures.kinds.nameTooLong", Integer.toString(NAME_MAX)));
        }
    }

    private void audit(String code, String action, StaffMember admin, KindEntry before, KindEntry after) {
        auditTrail.record(new AuditEvent(admin.username(), Set.of(), AUDIT_SUBJECT, code, action,
                before == null ? null : AuditEvent.json(before), after == null ? null : AuditEvent.json(after)));
    }

    private static void requireAdmin(StaffMember member) {
        if (!member.systemAdmin()) {
            throw new NotAllowed(NO_ROLE);
        }
    }
}
