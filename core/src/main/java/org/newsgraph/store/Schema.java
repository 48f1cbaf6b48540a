package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Schema migrations: the SQL files listed, in order, in {@code db/migrations.txt} on the class
 * path, named {@code V<n>__<what>.sql}. Each is applied once, in its own transaction, and recorded
 * in {@code schema_version}. To change the schema, add a file and list it; never edit an applied one.
 */
final class Schema {
  private static final String INDEX = "db/migrations.txt";

  private Schema() {}

  /** Applies the migrations the database has not seen yet; returns the resulting version. */
  static int migrate(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
          + "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)");
    }
    int current = version(conn);
    List<String> migrations = migrations();
    if (current > migrations.size()) {
      throw new SQLException("the store has schema version " + current + ", newer than this newsgraph knows ("
          + migrations.size() + "): use a newer newsgraph");
    }
    for (String name : migrations) {
      int v = versionOf(name);
      if (v <= current) continue;
      String sql = resource("db/" + name);
      conn.setAutoCommit(false);
      try (Statement st = conn.createStatement();
           PreparedStatement ps = conn.prepareStatement("INSERT INTO schema_version (version, name) VALUES (?, ?)")) {
        st.execute(sql);
        ps.setInt(1, v);
        ps.setString(2, name);
        ps.executeUpdate();
        conn.commit();
      } catch (SQLException e) {
        conn.rollback();
        throw new SQLException("migration " + name + " failed: " + e.getMessage(), e);
      } finally {
        conn.setAutoCommit(true);
      }
      current = v;
    }
    return current;
  }

  static int version(Connection conn) throws SQLException {
    try (Statement st = conn.createStatement();
         ResultSet rs = st.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  static List<String> migrations() {
    List<String> names = new ArrayList<>();
    for (String line : resource(INDEX).split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) names.add(name);
    }
    for (int i = 0; i < names.size(); i++) {
      if (versionOf(names.get(i)) != i + 1) {
        throw new IllegalStateException(INDEX + ": expected V" + (i + 1) + "__*.sql at line " + (i + 1));
      }
    }
    return names;
  }

  private static int versionOf(String name) {
    int sep = name.indexOf("__");
    if (!name.startsWith("V") || sep < 2) throw new IllegalStateException("bad migration name: " + name);
    return Integer.parseInt(name.substring(1, sep));
  }

  private static String resource(String path) {
    try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
