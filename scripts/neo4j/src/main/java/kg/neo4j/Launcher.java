package kg.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with the Bolt connector on loopback, for machines without Docker.
 * Configuration comes from the environment (the same names the Node side uses):
 * KG_NEO4J_HOME (data folder), KG_NEO4J_BOLT_PORT, NEO4J_PASSWORD, KG_NEO4J_TX_TIMEOUT_S,
 * KG_NEO4J_PAGECACHE_MB.
 * With the first argument "import", runs the bulk importer instead: the remaining arguments go to
 * `neo4j-admin database import full` (org.neo4j.importer.ImportCommand, Maven artefact
 * neo4j-import-tool), with KG_NEO4J_HOME as Neo4j home, so the store lands where the server reads it.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        Path home = Path.of(env.getOrDefault("KG_NEO4J_HOME", ".kg/neo4j")).toAbsolutePath();
        if (args.length > 0 && args[0].equals("import")) {
            System.exit(runImport(home, java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        int port = Integer.parseInt(env.getOrDefault("KG_NEO4J_BOLT_PORT", "7687"));
        String password = env.get("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("kg-neo4j: NEO4J_PASSWORD must be set (8 characters or more)");
            System.exit(2);
        }
        long txTimeout = Long.parseLong(env.getOrDefault("KG_NEO4J_TX_TIMEOUT_S", "120"));
        long pageCacheMb = Long.parseLong(env.getOrDefault("KG_NEO4J_PAGECACHE_MB", "512"));
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeout))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("kg-neo4j: shutting down");
            dbms.shutdown();
        }));

        // There is no setting for the initial password: set it on the system database, every start,
        // so a changed NEO4J_PASSWORD takes effect (the store is local and single-user).
        GraphDatabaseService system = dbms.database("system");
        try (Transaction tx = system.beginTx()) {
            tx.execute("ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            tx.commit();
        } catch (QueryExecutionException e) {
            // A restart with the password already set (e.g. after a bulk import) is refused as "the same": nothing to do.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
        }
        System.out.println("kg-neo4j: ready on bolt://127.0.0.1:" + port + " (data in " + home + ")");
        Thread.currentThread().join();
    }

    /** neo4j-admin database import full, in this JVM; the server must not be running on this home. */
    private static int runImport(Path home, String[] importArgs) throws Exception {
        Path conf = home.resolve("conf");
        Files.createDirectories(conf);
        String[] command = new String[importArgs.length + 3];
        command[0] = "database";
        command[1] = "import";
        command[2] = "full";
        System.arraycopy(importArgs, 0, command, 3, importArgs.length);
        return AdminTool.execute(new ExecutionContext(home, conf), command);
    }
}
