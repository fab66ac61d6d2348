package org.helpdesk.domain.ticket;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link AuditField} as its code. */
@Converter
public class AuditFieldConverter implements AttributeConverter<AuditField, String> {

    @Override
    public String convertToDatabaseColumn(AuditField field) {
        return field == null ? null : field.code();
    }

    @Override
    public AuditField convertToEntityAttribute(String code) {
        return code == null ? null : AuditField.ofCode(code);
    }
}
