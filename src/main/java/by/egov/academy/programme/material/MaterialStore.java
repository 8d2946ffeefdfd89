package by.egov.academy.programme.material;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Material files on disk, outside the table rows, under {@code egov.storage.dir} (default
 * {@code ./data/files}, next to the embedded database). A file is written under a temporary name and
 * moved into place, so a crash never leaves half a file under a key the database knows.
 */
@Component
class MaterialStore {

    private static final Logger log = LoggerFactory.getLogger(MaterialStore.class);

    private final Path root;

    MaterialStore(@Value("${egov.storage.dir:./data/files}") Path root) throws IOException {
        this.root = Files.createDirectories(root.toAbsolutePath().normalize());
        log.info("Material files are kept in {}", this.root);
    }

    String put(byte[] bytes) {
        String key = UUID.randomUUID().toString();
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), key, ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return key;
    }

    Path path(String key) {
        if (!key.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("bad storage key");
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            log.warn("Could not delete material file {}: {}", key, e.getMessage());
        }
    }
}
