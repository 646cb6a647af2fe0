package org.combatingdrugs.outcomes.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import javax.annotation.Nullable;
import org.combatingdrugs.outcomes.json.deser.NoFormDeserializer;
import org.combatingdrugs.outcomes.json.deser.WordDeserializer;
import org.combatingdrugs.outcomes.json.ser.NoFormSerializer;
import org.combatingdrugs.outcomes.json.ser.WordSerializer;

/**
 * What the module does for a type of the library it registers nothing for: an enum is written
 * and read by its constants' names, strictly; any other type is refused, so Jackson never writes
 * or reads a core type by its accessors and fields.
 */
final class CoreTypes {

  private static final String PACKAGE = "org.combatingdrugs.outcomes.";

  private CoreTypes() {}

  /** Whether a class is one of the library's. */
  static boolean isCore(Class<?> type) {
    return type.getName().startsWith(PACKAGE);
  }

  /** The module's serializers first; then names for core enums and refusals for other core types. */
  static Serializers serializers(SimpleSerializers registered) {
    return new Serializers.Base() {
      @Override
      public @Nullable JsonSerializer<?> findSerializer(
          SerializationConfig config, JavaType type, BeanDescription beanDesc) {
        JsonSerializer<?> found = registered.findSerializer(config, type, beanDesc);
        if (found != null || !isCore(type.getRawClass())) {
          return found;
        }
        return type.isEnumType() ? WordSerializer.INSTANCE : NoFormSerializer.INSTANCE;
      }
    };
  }

  /** The module's deserializers first; then names for core enums and refusals for other core types. */
  static Deserializers deserializers(SimpleDeserializers registered) {
    return new Deserializers.Base() {
      @Override
      public @Nullable JsonDeserializer<?> findBeanDeserializer(
          JavaType type, DeserializationConfig config, BeanDescription beanDesc) throws JsonMappingException {
        JsonDeserializer<?> found = registered.findBeanDeserializer(type, config, beanDesc);
        if (found != null || !isCore(type.getRawClass())) {
          return found;
        }
        return new NoFormDeserializer(type.getRawClass());
      }

      @Override
      @SuppressWarnings({"unchecked", "rawtypes"})
      public @Nullable JsonDeserializer<?> findEnumDeserializer(
          Class<?> type, DeserializationConfig config, BeanDescription beanDesc) throws JsonMappingException {
        JsonDeserializer<?> found = registered.findEnumDeserializer(type, config, beanDesc);
        if (found != null || !isCore(type)) {
          return found;
        }
        return new WordDeserializer(type.asSubclass(Enum.class));
      }
    };
  }
}
