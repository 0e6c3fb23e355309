package org.mfaportal.settings;

import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The phone number types an admin may allow for a method: libphonenumber's, by name. */
final class NumberTypes {

    static final ChoiceListType SETTING_TYPE =
            new ChoiceListType(
                    Arrays.stream(PhoneNumberType.values())
                            .map(Enum::name)
                            .collect(Collectors.toUnmodifiableSet()),
                    "phone number types: "
                            + String.join(
                                    ", ",
                                    Arrays.stream(PhoneNumberType.values())
                                            .map(Enum::name)
                                            .sorted()
                                            .toList()),
                    null);

    private NumberTypes() {}
}
