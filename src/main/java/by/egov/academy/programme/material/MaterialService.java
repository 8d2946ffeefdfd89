package by.egov.academy.programme.material;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import by.egov.academy.platform.DomainException;
import by.egov.academy.programme.SeminarStatus;
import by.egov.academy.programme.seminar.ProgrammeAccess;
import by.egov.academy.programme.seminar.SeminarRepository;
import by.egov.academy.programme.seminar.Seminar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

@Service
public class MaterialService {

    public static final long MAX_BYTES = 50L * 1024 * 1024;

    public record Material(long id, long seminarId, Long talkId, String title, String fileName, String contentType,
                           long sizeBytes, String storageKey) {
        public String size() {
            return sizeBytes >= 1024 * 1024 ? String.format("%.1f MB", sizeBytes / 1048576.0)
                    : Math.max(1, sizeBytes / 1024) + " KB";
        }
    }

    private final JdbcClient jdbc;
    private final MaterialStore store;
    private final SeminarRepository programme;
    private final by.egov.academy.programme.seminar.AgendaRepository agenda;
    private final ProgrammeAccess access;

    MaterialService(JdbcClient jdbc, MaterialStore store, SeminarRepository programme,
                    by.egov.academy.programme.seminar.AgendaRepository agenda, ProgrammeAccess access) {
        this.agenda = agenda;
        this.jdbc = jdbc;
        this.store = store;
        this.programme = programme;
        this.access = access;
    }

    public List<Material> ofSeminar(long seminarId) {
        return jdbc.sql("""
                        select id, seminar_id, talk_id, title, file_name, content_type, size_bytes, storage_key
                        from material where seminar_id = :s order by talk_id nulls first, id
                        """).param("s", seminarId).query(Material.class).list();
    }

    public Optional<Material> find(long seminarId, long id) {
        return jdbc.sql("""
                        select id, seminar_id, talk_id, title, file_name, content_type, size_bytes, storage_key
                        from material where id = :id and seminar_id = :s
                        """).param("id", id).param("s", seminarId).query(Material.class).optional();
    }

    /** Materials of held seminars are public; before that only their organisers and speakers see them. */
    public boolean mayDownload(Seminar s) {
        boolean held = s.status() == SeminarStatus.HELD || s.status() == SeminarStatus.REPORTED;
        return held || access.canManageHost(s.hostTerritoryId());
    }

    public boolean mayDownload(Seminar s, Material m) {
        return mayDownload(s) || (m.talkId() != null && access.canEditTalk(s, m.talkId()));
    }

    @Transactional
    public long upload(long seminarId, Long talkId, String title, MultipartFile file) throws IOException {
        Seminar s = programme.seminar(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        if (talkId != null) {
            if (agenda.talkSeminar(talkId).filter(x -> x == seminarId).isEmpty()) {
                throw DomainException.invalid("talk.notFound", "talkId", talkId);
            }
            if (!access.canEditTalk(s, talkId)) {
                throw new org.springframework.security.access.AccessDeniedException("not your talk");
            }
        } else {
            access.checkManageHost(s.hostTerritoryId());
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw DomainException.invalid("material.title", "title");
        }
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid("import.file.empty", "file");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new DomainException(org.springframework.http.HttpStatus.PAYLOAD_TOO_LARGE, "error.413", "file");
        }
        byte[] bytes = file.getBytes();
        MaterialKind kind = MaterialKind.detect(bytes)
                .orElseThrow(() -> new DomainException(org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        "material.type", "file"));
        String key = store.put(bytes);
        // the file is on disk before the row commits; if the transaction rolls back, remove it again
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    store.delete(key);
                }
            }
        });
        String baseName = safeName(file.getOriginalFilename());
        return jdbc.sql("""
                        insert into material (seminar_id, talk_id, title, file_name, content_type, size_bytes, storage_key,
                                              sha256, uploaded_by)
                        values (:s, :t, :title, :name, :type, :size, :key, :sha, :by) returning id
                        """)
                .param("s", seminarId).param("t", talkId, java.sql.Types.BIGINT).param("title", title.strip())
                .param("name", baseName + "." + kind.extension).param("type", kind.contentType)
                .param("size", (long) bytes.length).param("key", key).param("sha", sha256(bytes))
                .param("by", access.who()).query(Long.class).single();
    }

    @Transactional
    /** The material the caller may delete (for the confirmation page): the same checks as {@link #delete}. */
    public Material deletable(long seminarId, long id) {
        Seminar s = programme.seminar(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        access.checkManageHost(s.hostTerritoryId());
        return find(seminarId, id).orElseThrow(() -> DomainException.notFound("material.notFound", id));
    }

    public void delete(long seminarId, long id) {
        Seminar s = programme.seminar(seminarId).orElseThrow(() -> DomainException.notFound("seminar.notFound", seminarId));
        access.checkManageHost(s.hostTerritoryId());
        Material m = find(seminarId, id).orElseThrow(() -> DomainException.notFound("material.notFound", id));
        jdbc.sql("delete from material where id = :id").param("id", id).update();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.delete(m.storageKey());
            }
        });
    }

    /**
     * Files of the materials a delete is about to cascade away (a talk's, or a whole seminar's): removed
     * from disk once that delete commits, so nothing is left behind that no row points to.
     */
    public void removeFilesAfterCommit(long seminarId, Long talkId) {
        List<String> keys = jdbc.sql("""
                        select storage_key from material where seminar_id = :s
                          and (cast(:t as bigint) is null or talk_id = cast(:t as bigint))
                        """).param("s", seminarId).param("t", talkId, java.sql.Types.BIGINT).query(String.class).list();
        if (!keys.isEmpty()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keys.forEach(store::delete);
                }
            });
        }
    }

    java.nio.file.Path file(Material m) {
        return store.path(m.storageKey());
    }

    /** The name without its extension, without path parts or characters that break a download header. */
    static String safeName(String original) {
        String name = original == null ? "material" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.replaceAll("[\\p{Cntrl}\"';]", "").strip();
        return name.isEmpty() ? "material" : name.length() > 150 ? name.substring(0, 150) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
